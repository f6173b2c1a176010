import type { TestApp } from './test-app.ts'

/** A direct grant, as an admin's grant through the RBAC routes leaves it. */
export async function grantPermission(t: TestApp, userId: string, permission: string) {
  await t.database.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT $1, id FROM permissions WHERE name = $2 ON CONFLICT DO NOTHING`,
    [userId, permission],
  )
}

/** A Persian crisis message as a patient would write it (explicit intent, colloquial). */
export const CRISIS_TEXT = 'دیگه نمی‌تونم. امشب خودمو می‌کشم'
/** An idiom that only sounds like risk. */
export const BENIGN_TEXT = 'این امتحان منو کشت ولی تموم شد'
