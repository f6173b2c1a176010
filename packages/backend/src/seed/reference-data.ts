import { DEFAULT_GROUPS, PERMISSIONS } from '@yektayar/shared'
import type { RawSql } from '../db/database.ts'
import { syncInstruments } from './assessment-instruments.ts'

export const DEPARTMENTS = [
  { key: 'reception', fa: 'پذیرش', en: 'Reception' },
  { key: 'clinical', fa: 'بالینی', en: 'Clinical' },
  { key: 'billing', fa: 'مالی', en: 'Billing' },
  { key: 'technical', fa: 'پشتیبانی فنی', en: 'Technical support' },
] as const

/**
 * Permissions, default groups and their grants, departments and the assessment instruments:
 * data the code depends on, upserted at every boot so a deploy that adds a permission grants it
 * without a manual step.
 */
export async function syncReferenceData(sql: RawSql): Promise<void> {
  for (const [name, description] of Object.entries(PERMISSIONS)) {
    const [resource = name, action = ''] = name.split('.')
    await sql.query(
      `INSERT INTO permissions (name, description, resource, action) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description`,
      [name, description, resource, action],
    )
  }
  for (const { name, permissions } of Object.values(DEFAULT_GROUPS)) {
    await sql.query(
      `INSERT INTO user_groups (name, description) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
      [name, `Default group (${name})`],
    )
    await sql.query(
      `INSERT INTO group_permissions (group_id, permission_id)
       SELECT g.id, p.id FROM user_groups g JOIN permissions p ON p.name = ANY($2::text[])
       WHERE g.name = $1 ON CONFLICT DO NOTHING`,
      [name, permissions],
    )
  }
  await sql.query(
    `INSERT INTO config (key, value, description) VALUES ('messaging.departments', $1::jsonb, $2)
     ON CONFLICT (key) DO NOTHING`,
    [JSON.stringify(DEPARTMENTS), 'Support departments threads can be addressed to'],
  )
  await syncInstruments(sql)
}
