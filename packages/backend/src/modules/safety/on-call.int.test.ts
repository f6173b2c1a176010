import type { OnCallCandidates, OnCallRota } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { grantPermission } from '../../../test/safety-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let admin: SignedInUser
let first: SignedInUser
let second: SignedInUser
let outsider: SignedInUser
let gone: SignedInUser

const ROTA = '/api/v1/safety/on-call'

beforeAll(async () => {
  t = await createTestApp()
  // The admin holds safety.respond through the admins group; the two doctors directly.
  admin = await createSignedInUser(t, 'admin', { firstName: 'Azar' })
  first = await createSignedInUser(t, 'psychologist', { firstName: 'Bahar' })
  second = await createSignedInUser(t, 'psychologist', { firstName: 'Cyrus' })
  outsider = await createSignedInUser(t, 'psychologist', { firstName: 'Dara' })
  gone = await createSignedInUser(t, 'psychologist', { firstName: 'Elham' })
  for (const user of [first, second, gone]) await grantPermission(t, user.id, 'safety.respond')
  await t.database.query('UPDATE users SET is_active = false WHERE id = $1', [gone.id])
})
afterAll(() => t.close())

const auditRows = () =>
  t.database.query<{ user_id: string; changes: unknown; ip_address: string | null }>(
    `SELECT user_id, changes, host(ip_address) AS ip_address FROM audit_logs
     WHERE action = 'safety.on_call.set' ORDER BY created_at, id`,
  )

describe('who may be put on the rota', () => {
  it('is every active holder of safety.respond, direct or through a group, by name', async () => {
    const { status, body } = await api<OnCallCandidates>(t, admin, 'GET', `${ROTA}/candidates`)
    expect(status).toBe(200)
    expect(body.items).toEqual([
      { id: admin.id, name: 'Azar admin' },
      { id: first.id, name: 'Bahar psychologist' },
      { id: second.id, name: 'Cyrus psychologist' },
    ])
  })

  it('is shown only to safety.manage', async () => {
    const { status } = await api(t, first, 'GET', `${ROTA}/candidates`)
    expect(status).toBe(403)
  })
})

describe('the on-call rota', () => {
  it('starts empty and says how long an alert waits before it escalates', async () => {
    const { status, body } = await api<OnCallRota>(t, admin, 'GET', ROTA)
    expect(status).toBe(200)
    expect(body).toEqual({ responders: [], escalateAfterSeconds: 600 })
  })

  it('is set by safety.manage, only with responders, and refused to others', async () => {
    const refused = await api(t, first, 'PUT', ROTA, { userIds: [first.id] })
    expect(refused.status).toBe(403)
    const notResponders = await api<{ code: string; errors: unknown[] }>(t, admin, 'PUT', ROTA, {
      userIds: [first.id, outsider.id, gone.id],
    })
    expect(notResponders.status).toBe(422)
    expect(notResponders.raw.headers['content-type']).toContain('application/problem+json')
    expect(notResponders.body.code).toBe('ON_CALL_NOT_RESPONDER')
    // Each refused person is named, so the panel can say who.
    expect(notResponders.body.errors).toEqual([
      { path: 'body.userIds', message: outsider.id },
      { path: 'body.userIds', message: gone.id },
    ])
    expect((await auditRows()).length).toBe(0)

    const set = await api<OnCallRota>(t, admin, 'PUT', ROTA, { userIds: [second.id, first.id] })
    expect(set.status).toBe(200)
    expect(set.body.responders).toEqual([
      { id: second.id, name: 'Cyrus psychologist' },
      { id: first.id, name: 'Bahar psychologist' },
    ])
  })

  it('records every change with the rota before and after, and who made it from where', async () => {
    const before = (await auditRows()).length
    const reordered = await api<OnCallRota>(t, admin, 'PUT', ROTA, {
      userIds: [first.id, admin.id],
    })
    expect(reordered.status).toBe(200)
    const rows = await auditRows()
    expect(rows.length).toBe(before + 1)
    expect(rows.at(-1)).toEqual({
      user_id: admin.id,
      ip_address: '127.0.0.1',
      changes: {
        before: [
          { id: second.id, name: 'Cyrus psychologist' },
          { id: first.id, name: 'Bahar psychologist' },
        ],
        after: [
          { id: first.id, name: 'Bahar psychologist' },
          { id: admin.id, name: 'Azar admin' },
        ],
      },
    })
  })

  it('records nothing when saved unchanged, and an emptied rota as emptied', async () => {
    const before = (await auditRows()).length
    await api(t, admin, 'PUT', ROTA, { userIds: [first.id, admin.id] })
    expect((await auditRows()).length).toBe(before)

    const emptied = await api<OnCallRota>(t, admin, 'PUT', ROTA, { userIds: [] })
    expect(emptied.body.responders).toEqual([])
    const rows = await auditRows()
    expect(rows.length).toBe(before + 1)
    expect(rows.at(-1)?.changes).toMatchObject({
      after: [],
      before: [{ id: first.id }, { id: admin.id }],
    })
  })

  it('refuses a body that is not a list of ids, as problem+json', async () => {
    const { status, body } = await api<{ code: string }>(t, admin, 'PUT', ROTA, {
      userIds: ['not-an-id'],
    })
    expect(status).toBe(400)
    expect(body.code).toBe('VALIDATION_FAILED')
  })
})
