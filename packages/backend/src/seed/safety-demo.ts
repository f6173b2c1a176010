import type { RawSql } from '../db/database.ts'

/**
 * The demo's on-call rota (issue 18): Dr Maryam Ahmadi, who answers the clinical inbox, is paged
 * first and holds safety.respond; the admin (who holds every permission) is next. A crisis
 * phrase written by the demo patient therefore reaches someone who can open the safety queue.
 */
const ON_CALL = ['+989120000101', '+989120000001']

export async function seedSafetyDemo(sql: RawSql): Promise<void> {
  const [first] = ON_CALL
  await sql.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT i.user_id, p.id FROM user_identifiers i, permissions p
     WHERE i.type = 'phone' AND i.value = $1 AND p.name = 'safety.respond'
     ON CONFLICT DO NOTHING`,
    [first],
  )
  await sql.query(
    `INSERT INTO safety_on_call (user_id, position)
     SELECT i.user_id, o.position FROM unnest($1::text[]) WITH ORDINALITY AS o(phone, position)
       JOIN user_identifiers i ON i.type = 'phone' AND i.value = o.phone
     ON CONFLICT DO NOTHING`,
    [ON_CALL],
  )
}
