import type { PermissionName, ThreadKind } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts'
import { queryRows } from '../../db/sql-query.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { ruleOf, ruleSqlOf, type ThreadStanding } from './thread-access-rule.ts'

let testDatabase: TestDatabase

beforeAll(async () => {
  testDatabase = await createTestDatabase({ migrated: false })
})
afterAll(() => testDatabase.drop())

const permissionSets: PermissionName[][] = [
  [],
  ['threads.read.own'],
  ['threads.read.department'],
  ['threads.manage'],
  ['threads.read.own', 'threads.read.department'],
  ['threads.read.own', 'threads.manage'],
]
const standings: ThreadStanding[] = (['direct', 'department'] as ThreadKind[]).flatMap((kind) =>
  [null, 'owner', 'admin'].flatMap((my_role) =>
    [false, true].map((in_department) => ({ kind, my_role, in_department })),
  ),
)
const cases = permissionSets.flatMap((permissions) =>
  standings.map((standing) => ({ permissions, standing })),
)

function authWith(permissions: PermissionName[]): AuthContext {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    userType: 'admin',
    sessionId: '00000000-0000-4000-8000-000000000002',
    permissions: new Set(permissions),
  }
}

/** The SQL form, run by the database on one row with the standing's columns. */
async function sqlRuling(standing: ThreadStanding, auth: AuthContext) {
  const rule = ruleSqlOf('a', auth)
  const [row] = await queryRows<{ is_participant: boolean; can_read: boolean }>(
    testDatabase.database.db,
    sql`SELECT ${rule.isParticipant} AS is_participant, ${rule.canRead} AS can_read
      FROM (SELECT ${standing.kind}::text AS kind, ${standing.my_role}::text AS my_role,
        ${standing.in_department}::boolean AS in_department) a`,
  )
  return row
}

describe('the thread-access rule', () => {
  it(`answers the same in TypeScript and in SQL (${cases.length} cases)`, async () => {
    for (const { permissions, standing } of cases) {
      const auth = authWith(permissions)
      const ts = ruleOf(standing, auth)
      const expected = {
        is_participant: ts.isParticipant,
        can_read: ts.isParticipant || ts.isDepartmentStaff,
      }
      expect({ permissions, standing, ...(await sqlRuling(standing, auth)) }).toEqual({
        permissions,
        standing,
        ...expected,
      })
    }
  })

  it('keeps direct threads closed to everyone but their participants', () => {
    const admin = authWith(['threads.read.own', 'threads.read.department', 'threads.manage'])
    const outsider = { kind: 'direct' as const, my_role: null, in_department: true }
    const ruling = ruleOf(outsider, admin)
    expect(ruling.isParticipant || ruling.isDepartmentStaff).toBe(false)
  })
})
