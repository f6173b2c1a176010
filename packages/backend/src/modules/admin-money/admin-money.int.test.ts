import type {
  AdminAppointmentDetail,
  AdminAppointmentPage,
  AdminPaymentDetail,
  AdminPaymentPage,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { queuedNotifications } from '../../../test/notification-fixtures.ts'
import { callback, holdAppointment, initiate } from '../../../test/payment-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

const PRICE = 20_000_000

let t: TestApp
let admin: SignedInUser
let patient: SignedInUser
let psy: TestPsychologist
let slot = 40

async function api<T>(user: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user.headers,
    ...(payload ? { payload } : {}),
  })
  const json = String(response.headers['content-type']).includes('json')
  return { status: response.statusCode, body: (json ? response.json() : null) as T, raw: response }
}

/** A confirmed appointment paid on the sandbox gateway; its id and the payment's. */
async function paidAppointment() {
  const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(slot++))
  const { transactionId, redirectUrl } = (await initiate(t, patient, { appointmentId })).json()
  const authority = String(redirectUrl).split('/').at(-1)
  await t.app.inject({ url: `/api/v1/payments/sandbox/${authority}/complete?status=OK` })
  await callback(t, `Authority=${authority}&Status=OK`)
  return { appointmentId, transactionId: String(transactionId), authority: String(authority) }
}

beforeAll(async () => {
  // The sandbox pays refunds back by itself after the delay: an hour keeps them pending here.
  t = await createTestApp({ withJobs: true, env: { SANDBOX_REFUND_DELAY_SECONDS: '3600' } })
  admin = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
  psy = await createPsychologist(t, {
    sessionTypes: [{ durationMinutes: 50, mode: 'video', priceIrr: PRICE }],
  })
})
afterAll(() => t.close())

describe('the admin appointments list', () => {
  it('filters by psychologist, status, mode and Tehran days, pages by keyset, shows no notes', async () => {
    const other = await createPsychologist(t, {
      sessionTypes: [{ durationMinutes: 50, mode: 'phone', priceIrr: PRICE }],
    })
    const ids = [
      await holdAppointment(t, patient, psy, hourFromNow(slot++)),
      await holdAppointment(t, patient, psy, hourFromNow(slot++)),
      await holdAppointment(t, patient, psy, hourFromNow(slot++)),
    ]
    await holdAppointment(t, patient, other, hourFromNow(slot++))
    await t.database.query(
      "INSERT INTO appointment_notes (appointment_id, author_id, content) VALUES ($1, $2, 'secret')",
      [ids[0], psy.id],
    )

    const first = await api<AdminAppointmentPage>(
      admin,
      'GET',
      `/admin/appointments?psychologistId=${psy.id}&status=pending&mode=video&limit=2`,
    )
    expect(first.status).toBe(200)
    expect(first.body.items).toHaveLength(2)
    expect(first.body.nextCursor).not.toBeNull()
    const second = await api<AdminAppointmentPage>(
      admin,
      'GET',
      `/admin/appointments?psychologistId=${psy.id}&status=pending&mode=video&limit=2&cursor=${first.body.nextCursor}`,
    )
    const seen = [...first.body.items, ...second.body.items].map((item) => item.id)
    expect(new Set(seen).size).toBe(seen.length)
    for (const id of ids) expect(seen).toContain(id)
    // Latest start first.
    const starts = first.body.items.map((item) => item.startsAt)
    expect([...starts].sort().reverse()).toEqual(starts)
    expect(JSON.stringify([first.body, second.body])).not.toContain('secret')

    const phone = await api<AdminAppointmentPage>(admin, 'GET', '/admin/appointments?mode=phone')
    expect(phone.body.items.every((item) => item.psychologist.id === other.id)).toBe(true)

    const past = await api<AdminAppointmentPage>(
      admin,
      'GET',
      '/admin/appointments?from=2020-01-01&to=2020-12-31',
    )
    expect(past.body.items).toEqual([])
    const bad = await api<{ code: string }>(admin, 'GET', '/admin/appointments?status=lost')
    expect(bad.status).toBe(400)
  })
})

describe('cancel with a refund', () => {
  it('cancels a paid appointment with a partial refund in one audited transaction and tells both sides', async () => {
    const { appointmentId, transactionId } = await paidAppointment()
    const cancelled = await api<AdminAppointmentDetail>(
      admin,
      'POST',
      `/admin/appointments/${appointmentId}/cancel`,
      { reason: 'روان‌شناس بیمار شد', refundIrr: 5_000_000 },
    )
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.appointment).toMatchObject({
      status: 'cancelled',
      cancelReason: 'روان‌شناس بیمار شد',
      cancelledBy: 'admin',
    })
    const [payment] = cancelled.body.payments ?? []
    expect(payment).toMatchObject({
      id: transactionId,
      status: 'completed',
      refundedIrr: 5_000_000,
      refundableIrr: PRICE - 5_000_000,
    })
    expect(payment?.refunds).toMatchObject([
      { type: 'refund', status: 'pending', amountIrr: 5_000_000, note: 'روان‌شناس بیمار شد' },
    ])

    const audit = await t.database.query<{ action: string; user_id: string; ip_address: string }>(
      `SELECT action, user_id, host(ip_address) AS ip_address FROM audit_logs
       WHERE (resource = 'appointment' AND resource_id = $1) OR (action = 'refund.created' AND changes->>'appointmentId' = $1)
       ORDER BY created_at`,
      [appointmentId],
    )
    expect(audit.map((row) => row.action).sort()).toEqual(['appointment.cancel', 'refund.created'])
    for (const row of audit)
      expect(row).toMatchObject({ user_id: admin.id, ip_address: '127.0.0.1' })

    const told = await queuedNotifications(t, 'appointmentId', appointmentId)
    const cancelNotices = told.filter((n) => n.data.category === 'appointment_cancelled')
    expect(cancelNotices.map((n) => n.data.recipientId).sort()).toEqual([patient.id, psy.id].sort())
  })

  it('refuses a refund past the payment and leaves the appointment as it was', async () => {
    const { appointmentId } = await paidAppointment()
    const refused = await api<{ code: string }>(
      admin,
      'POST',
      `/admin/appointments/${appointmentId}/cancel`,
      { reason: 'too much', refundIrr: PRICE + 10 },
    )
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('REFUND_EXCEEDS_PAYMENT')
    const detail = await api<AdminAppointmentDetail>(
      admin,
      'GET',
      `/admin/appointments/${appointmentId}`,
    )
    expect(detail.body.appointment.status).toBe('confirmed')
    expect(detail.body.payments?.[0]?.refunds).toEqual([])
  })

  it('cancels with no refund when the admin chooses none', async () => {
    const { appointmentId } = await paidAppointment()
    const none = await api<AdminAppointmentDetail>(
      admin,
      'POST',
      `/admin/appointments/${appointmentId}/cancel`,
      { reason: 'patient asked, no refund', refundIrr: 0 },
    )
    expect(none.status).toBe(200)
    expect(none.body.payments?.[0]?.refunds).toEqual([])
  })
})

describe('refunds of a payment', () => {
  it('never lets two partial refunds at once exceed the payment', async () => {
    const { transactionId } = await paidAppointment()
    const refund = () =>
      api<{ code?: string }>(admin, 'POST', `/payments/${transactionId}/refunds`, {
        amountIrr: 12_000_000,
        note: 'partial',
      })
    const answers = await Promise.all([refund(), refund()])
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422])
    const detail = await api<AdminPaymentDetail>(admin, 'GET', `/admin/payments/${transactionId}`)
    expect(detail.body).toMatchObject({ refundedIrr: 12_000_000, refundableIrr: 8_000_000 })
    expect(detail.body.refunds).toHaveLength(1)
  })
})

describe('the admin payments list', () => {
  it('filters by reference, status, amount, payer and type', async () => {
    const { transactionId, authority } = await paidAppointment()
    const byAuthority = await api<AdminPaymentPage>(
      admin,
      'GET',
      `/admin/payments?reference=${authority}`,
    )
    expect(byAuthority.body.items.map((item) => item.id)).toEqual([transactionId])
    const reference = byAuthority.body.items[0]?.reference ?? ''
    const byReference = await api<AdminPaymentPage>(
      admin,
      'GET',
      `/admin/payments?reference=${encodeURIComponent(reference)}`,
    )
    expect(byReference.body.items.map((item) => item.id)).toEqual([transactionId])

    const filtered = await api<AdminPaymentPage>(
      admin,
      'GET',
      `/admin/payments?status=completed&type=payment&gateway=sandbox&minIrr=${PRICE}&maxIrr=${PRICE}&userId=${patient.id}&limit=100`,
    )
    expect(filtered.body.items.length).toBeGreaterThan(0)
    for (const item of filtered.body.items) {
      expect(item).toMatchObject({ status: 'completed', type: 'payment', amountIrr: PRICE })
      expect(item.payer?.id).toBe(patient.id)
    }
    const cheap = await api<AdminPaymentPage>(admin, 'GET', `/admin/payments?maxIrr=${PRICE - 1}`)
    expect(cheap.body.items.every((item) => item.amountIrr < PRICE)).toBe(true)
  })

  it('pages newest first without skipping rows created in the same millisecond', async () => {
    const rows = await t.database.query<{ id: string }>(
      `INSERT INTO transactions (user_id, amount, type, status, gateway, created_at)
       SELECT $1, 1000 + n, 'payment', 'failed', 'zarinpal', '2025-01-01T00:00:00.123456Z'::timestamptz + (n || ' microseconds')::interval
       FROM generate_series(1, 5) AS n RETURNING id`,
      [patient.id],
    )
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = `/admin/payments?gateway=zarinpal&limit=2${cursor ? `&cursor=${cursor}` : ''}`
      const page = await api<AdminPaymentPage>(admin, 'GET', query)
      seen.push(...page.body.items.map((item) => item.id))
      cursor = page.body.nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual(rows.map((row) => row.id).sort())
  })

  it('shows a stale pending payment, verifies it again on request, and then refuses to', async () => {
    const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(slot++))
    const { transactionId, redirectUrl } = (await initiate(t, patient, { appointmentId })).json()
    const authority = String(redirectUrl).split('/').at(-1)
    await t.database.query(
      "UPDATE transactions SET created_at = now() - interval '20 minutes' WHERE id = $1",
      [transactionId],
    )
    const stale = await api<AdminPaymentPage>(admin, 'GET', '/admin/payments?stale=true')
    const row = stale.body.items.find((item) => item.id === transactionId)
    expect(row?.reconciliation).toMatchObject({
      stale: true,
      verifyAttempts: 0,
      lastVerifyAt: null,
    })
    // The payer finished on the bank's page, but never came back to us.
    await t.app.inject({ url: `/api/v1/payments/sandbox/${authority}/complete?status=OK` })
    const verified = await api<AdminPaymentDetail>(
      admin,
      'POST',
      `/admin/payments/${transactionId}/verify`,
    )
    expect(verified.status, JSON.stringify(verified.body)).toBe(200)
    expect(verified.body).toMatchObject({ status: 'completed', reconciliation: null })
    const [attempts] = await t.database.query<{ verify_attempts: number; last: string }>(
      'SELECT verify_attempts, last_verify_result AS last FROM transactions WHERE id = $1',
      [transactionId],
    )
    expect(attempts).toEqual({ verify_attempts: 1, last: 'paid' })
    const again = await api<{ code: string }>(
      admin,
      'POST',
      `/admin/payments/${transactionId}/verify`,
    )
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('PAYMENT_NOT_PENDING')
    const [audited] = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'payment.verify_again' AND resource_id = $1",
      [transactionId],
    )
    expect(audited?.n).toBe(1)
  })
})

describe('CSV exports', () => {
  it('streams payments and appointments with a BOM, Persian headers and toman, and audits each export', async () => {
    const { transactionId, appointmentId } = await paidAppointment()
    const payments = await api<never>(admin, 'GET', `/admin/payments/export?userId=${patient.id}`)
    expect(payments.status).toBe(200)
    expect(payments.raw.headers['content-type']).toBe('text/csv; charset=utf-8')
    const text = payments.raw.body
    expect(text.startsWith('\uFEFFشناسه تراکنش,نوع,وضعیت,مبلغ (تومان),')).toBe(true)
    const line = text.split('\r\n').find((l) => l.startsWith(transactionId))
    expect(line).toContain(',پرداخت,موفق,2000000,')

    const appointments = await api<never>(
      admin,
      'GET',
      `/admin/appointments/export?psychologistId=${psy.id}&status=confirmed`,
    )
    expect(appointments.raw.body.startsWith('\uFEFFشناسه نوبت,شروع (تهران),')).toBe(true)
    expect(appointments.raw.body).toContain(appointmentId)
    expect(appointments.raw.body).not.toContain('secret')

    const exports = await t.database.query<{ action: string; changes: { filters: object } }>(
      "SELECT action, changes FROM audit_logs WHERE action IN ('payment.export', 'appointment.export') AND user_id = $1 ORDER BY created_at",
      [admin.id],
    )
    expect(exports).toEqual([
      { action: 'payment.export', changes: { filters: { userId: patient.id } } },
      {
        action: 'appointment.export',
        changes: { filters: { psychologistId: psy.id, status: 'confirmed' } },
      },
    ])
  })
})
