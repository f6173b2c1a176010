import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'
import { grantAdmin } from './grant-admin.ts'

describe('grantAdmin (npm run admin:create)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('gives an existing account the admins group, audited, and refuses unknown ones', async () => {
    const user = await createSignedInUser(t, 'patient')
    const audit = () => t.app.inject({ url: '/api/v1/audit-logs', headers: user.headers })
    expect((await audit()).statusCode).toBe(403)

    await grantAdmin(t.database.db, user.phone)
    await t.app.identity.invalidation.user(user.id)
    expect((await audit()).statusCode).toBe(200)
    const [row] = await t.database.query<{ changes: { via: string } }>(
      `SELECT changes FROM audit_logs WHERE action = 'rbac.member_added' AND resource_id = $1`,
      [user.id],
    )
    expect(row?.changes.via).toBe('npm run admin:create')

    await expect(grantAdmin(t.database.db, '09129999999')).rejects.toThrow(/sign in once first/)
    await expect(grantAdmin(t.database.db, 'nobody')).rejects.toThrow(/not a mobile number/)
  })
})
