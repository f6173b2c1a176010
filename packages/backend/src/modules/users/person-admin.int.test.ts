import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/** The admin's person page: devices, activation with a reason, the audit trail, summaries. */
let t: TestApp
let admin: SignedInUser
beforeAll(async () => {
  t = await createTestApp()
  admin = await createSignedInUser(t, 'admin')
})
afterAll(() => t.close())

type Method = 'GET' | 'POST' | 'DELETE'
const call = (method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: admin.headers, payload })
const sessionOf = (user: SignedInUser) =>
  t.app.inject({ url: '/api/v1/auth/session', headers: user.headers })

describe("a person's devices", () => {
  it('lists them and signs the person out of one, then of all, audited on them', async () => {
    const person = await createSignedInUser(t, 'psychologist')
    const second = await createSignedInUser(t, 'patient') // a session of someone else
    const devices = (await call('GET', `/users/${person.id}/sessions`)).json()
    expect(devices.items.map((d: { id: string }) => d.id)).toEqual([person.sessionId])
    expect(devices.items[0].current).toBe(false)

    const foreign = await call('DELETE', `/users/${person.id}/sessions/${second.sessionId}`)
    expect(foreign.statusCode).toBe(404)
    expect((await sessionOf(second)).statusCode).toBe(200)
    const one = await call('DELETE', `/users/${person.id}/sessions/${person.sessionId}`)
    expect(one.statusCode).toBe(204)
    expect((await sessionOf(person)).statusCode).toBe(401)

    const all = await call('POST', `/users/${second.id}/sessions/revoke-all`)
    expect(all.json()).toEqual({ revoked: 1 })
    expect((await sessionOf(second)).statusCode).toBe(401)
    const audited = await t.database.query<{ resource_id: string; user_id: string }>(
      "SELECT resource_id, user_id FROM audit_logs WHERE action = 'users.sessions_revoked' ORDER BY created_at",
    )
    expect(audited).toEqual([
      { resource_id: person.id, user_id: admin.id },
      { resource_id: second.id, user_id: admin.id },
    ])
    expect((await call('GET', `/users/${randomUUID()}/sessions`)).statusCode).toBe(404)
  })
})

describe('activation', () => {
  it('needs a reason, keeps it with the before and after, and shows in the trail', async () => {
    const person = await createSignedInUser(t, 'patient')
    const url = `/users/${person.id}/deactivate`
    expect((await call('POST', url)).statusCode).toBe(400)
    expect((await call('POST', url, { reason: ' ' })).statusCode).toBe(400)
    expect((await call('POST', url, { reason: 'ok', extra: 1 })).statusCode).toBe(400)
    const off = await call('POST', url, { reason: 'Duplicate account' })
    expect(off.json().isActive).toBe(false)
    expect((await sessionOf(person)).statusCode).toBe(401)

    const trail = (await call('GET', `/audit-logs?person=${person.id}`)).json()
    expect(trail.items[0]).toMatchObject({
      action: 'users.deactivated',
      userId: admin.id,
      resourceId: person.id,
      changes: {
        reason: 'Duplicate account',
        before: { isActive: true },
        after: { isActive: false },
      },
    })
    // The trail also holds what the person did themselves.
    const [own] = await t.database.query<{ id: string }>(
      `INSERT INTO audit_logs (user_id, action, resource) VALUES ($1, 'auth.signed_out', 'session') RETURNING id`,
      [person.id],
    )
    const again = (await call('GET', `/audit-logs?person=${person.id}`)).json()
    expect(again.items.map((item: { id: string }) => item.id)).toContain(own?.id)
    expect(
      (await call('POST', `/users/${person.id}/activate`, { reason: 'Checked' })).json(),
    ).toMatchObject({
      isActive: true,
    })
  })
})

describe('summaries', () => {
  it("counts someone's appointments and payments without clinical content", async () => {
    const patient = await createSignedInUser(t, 'patient')
    const psychologist = await createSignedInUser(t, 'psychologist', {
      firstName: 'نرگس',
      lastName: 'امینی',
    })
    await t.database.query(
      `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status, mode, notes, price_irr)
       VALUES ($1, $2, now() + interval '1 day', now() + interval '1 day 1 hour', 'confirmed', 'video', 'private words', 5000000),
              ($1, $2, now() - interval '7 days', now() - interval '7 days' + interval '1 hour', 'completed', 'in_person', NULL, 5000000)`,
      [patient.id, psychologist.id],
    )
    const [paid] = await t.database.query<{ id: string }>(
      `INSERT INTO transactions (user_id, amount, type, status, gateway, gateway_reference)
       VALUES ($1, 5000000, 'payment', 'completed', 'sandbox', 'REF-1') RETURNING id`,
      [patient.id],
    )
    await t.database.query(
      `INSERT INTO transactions (user_id, amount, type, status, gateway, gateway_reference, original_transaction_id)
       VALUES ($1, 2000000, 'refund', 'completed', 'sandbox', 'REF-2', $2)`,
      [patient.id, paid?.id],
    )
    const appointments = await call('GET', `/users/${patient.id}/appointment-summary`)
    expect(appointments.json().counts).toEqual([
      { role: 'patient', status: 'completed', count: 1 },
      { role: 'patient', status: 'confirmed', count: 1 },
    ])
    expect(appointments.json().recent[0]).toMatchObject({
      role: 'patient',
      status: 'confirmed',
      mode: 'video',
      counterpartName: 'نرگس امینی',
    })
    expect(appointments.body).not.toContain('private words')
    const theirs = (await call('GET', `/users/${psychologist.id}/appointment-summary`)).json()
    expect(theirs.counts.map((c: { role: string }) => c.role)).toEqual([
      'psychologist',
      'psychologist',
    ])
    const payments = (await call('GET', `/users/${patient.id}/payment-summary`)).json()
    expect(payments.counts).toEqual([
      { type: 'payment', status: 'completed', count: 1, amountIrr: 5000000 },
      { type: 'refund', status: 'completed', count: 1, amountIrr: 2000000 },
    ])
    expect(
      payments.recent.map((p: { gatewayReference: string }) => p.gatewayReference).sort(),
    ).toEqual(['REF-1', 'REF-2'])
  })
})
