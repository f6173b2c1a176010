import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { recordAudit } from './audit.service.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('recordAudit', () => {
  it('appends a row and drops an address that is not one', async () => {
    const user = await createSignedInUser(t, 'patient')
    await recordAudit(t.database.db, {
      userId: user.id,
      action: 'test.recorded',
      resource: 'thing',
      resourceId: 'x1',
      changes: { a: 1 },
      ip: 'not-an-ip',
      userAgent: 'vitest',
    })
    const rows = await t.database.query(
      'SELECT user_id, ip_address, changes FROM audit_logs WHERE action = $1',
      ['test.recorded'],
    )
    expect(rows).toEqual([{ user_id: user.id, ip_address: null, changes: { a: 1 } }])
  })

  it('cannot be changed or removed by the application', async () => {
    await recordAudit(t.database.db, { action: 'test.evidence' })
    const attempts = [
      "UPDATE audit_logs SET action = 'x' WHERE action = 'test.evidence'",
      "DELETE FROM audit_logs WHERE action = 'test.evidence'",
      'TRUNCATE audit_logs',
    ]
    for (const statement of attempts) {
      await expect(t.database.query(statement)).rejects.toThrow(/append-only/)
    }
    expect(
      await t.database.query("SELECT 1 FROM audit_logs WHERE action = 'test.evidence'"),
    ).toHaveLength(1)
  })
})

describe('GET /audit-logs', () => {
  it('is for audit.read holders, filters by action and pages', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const patient = await createSignedInUser(t, 'patient')
    for (let i = 0; i < 3; i++)
      await recordAudit(t.database.db, { action: 'test.paged', resourceId: String(i) })
    expect(
      (await t.app.inject({ url: '/api/v1/audit-logs', headers: patient.headers })).statusCode,
    ).toBe(403)
    const first = await t.app.inject({
      url: '/api/v1/audit-logs?action=test.paged&limit=2',
      headers: admin.headers,
    })
    const page = first.json()
    expect(page.items).toHaveLength(2)
    const second = await t.app.inject({
      url: `/api/v1/audit-logs?action=test.paged&limit=2&cursor=${page.nextCursor}`,
      headers: admin.headers,
    })
    const rest = second.json()
    expect(rest.nextCursor).toBeNull()
    // Rows written within the same millisecond may tie on created_at; what paging promises is
    // every row exactly once, newest first.
    const items = [...page.items, ...rest.items] as { resourceId: string; createdAt: string }[]
    expect(items.map((item) => item.resourceId).sort()).toEqual(['0', '1', '2'])
    const times = items.map((item) => Date.parse(item.createdAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })
})
