import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectOnlyPermittedAdmins, type MatrixEndpoint } from '../test/access-matrix.ts'
import { createSignedInUser, type SignedInUser } from '../test/auth-fixtures.ts'
import { createPsychologist, hourFromNow, type TestPsychologist } from '../test/care-fixtures.ts'
import { callback, holdAppointment, initiate } from '../test/payment-fixtures.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

/**
 * Issue 20's access matrix for appointments and money: each endpoint × patient, psychologist,
 * reception staff, an admin holding every permission but the one it needs, and an admin
 * holding it. Only the last gets a 2xx; refused writes change nothing.
 */
let t: TestApp
let patient: SignedInUser
let psy: TestPsychologist
let slot = 30
const ids = {
  held: '',
  heldForRefundChoice: '',
  paidPayment: '',
  pendingPayment: '',
  pendingRefund: '',
}

const ENDPOINTS: MatrixEndpoint[] = [
  { method: 'GET', url: () => '/admin/appointments', permission: 'appointments.read.any' },
  {
    method: 'GET',
    url: () => '/admin/appointments/export?status=pending',
    permission: 'appointments.read.any',
  },
  {
    method: 'GET',
    url: () => `/admin/appointments/${ids.held}`,
    permission: 'appointments.read.any',
  },
  {
    method: 'POST',
    url: () => `/admin/appointments/${ids.held}/cancel`,
    payload: { reason: 'matrix' },
    permission: 'appointments.manage',
  },
  {
    method: 'POST',
    url: () => `/admin/appointments/${ids.heldForRefundChoice}/cancel`,
    payload: { reason: 'matrix', refundIrr: 0 },
    permission: 'payments.manage',
  },
  { method: 'GET', url: () => '/admin/payments', permission: 'payments.manage' },
  {
    method: 'GET',
    url: () => '/admin/payments/export?status=completed',
    permission: 'payments.manage',
  },
  { method: 'GET', url: () => `/admin/payments/${ids.paidPayment}`, permission: 'payments.manage' },
  {
    method: 'POST',
    url: () => `/admin/payments/${ids.pendingPayment}/verify`,
    permission: 'payments.manage',
  },
  {
    method: 'POST',
    url: () => `/payments/${ids.paidPayment}/refunds`,
    payload: { amountIrr: 1_000_000, note: 'matrix' },
    permission: 'payments.manage',
  },
  {
    method: 'POST',
    url: () => `/payments/refunds/${ids.pendingRefund}/settle`,
    payload: { note: 'paid back by bank transfer' },
    permission: 'payments.manage',
  },
]

async function pendingPayment() {
  const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(slot++))
  const { transactionId, redirectUrl } = (await initiate(t, patient, { appointmentId })).json()
  return { transactionId: String(transactionId), authority: String(redirectUrl).split('/').at(-1) }
}

beforeAll(async () => {
  t = await createTestApp({ env: { SANDBOX_REFUND_DELAY_SECONDS: '3600' } })
  patient = await createSignedInUser(t, 'patient')
  psy = await createPsychologist(t, {
    sessionTypes: [{ durationMinutes: 50, mode: 'video', priceIrr: 20_000_000 }],
  })
  ids.held = await holdAppointment(t, patient, psy, hourFromNow(slot++))
  ids.heldForRefundChoice = await holdAppointment(t, patient, psy, hourFromNow(slot++))
  const paid = await pendingPayment()
  await t.app.inject({ url: `/api/v1/payments/sandbox/${paid.authority}/complete?status=OK` })
  await callback(t, `Authority=${paid.authority}&Status=OK`)
  ids.paidPayment = paid.transactionId
  ids.pendingPayment = (await pendingPayment()).transactionId
  const admin = await createSignedInUser(t, 'admin')
  const refund = await t.app.inject({
    method: 'POST',
    url: `/api/v1/payments/${ids.paidPayment}/refunds`,
    headers: admin.headers,
    payload: { amountIrr: 2_000_000, note: 'set-up' },
  })
  ids.pendingRefund = refund.json().id
})
afterAll(() => t.close())

describe('admin appointments and money: who may call what', () => {
  it('answers 2xx only to an admin holding the named permission', async () => {
    const withAll = await createSignedInUser(t, 'admin')
    await expectOnlyPermittedAdmins(t, ENDPOINTS, withAll, patient)
    // Refused writes left nothing behind: each change was the permitted admin's.
    const writes = await t.database.query<{ action: string; user_id: string }>(
      `SELECT action, user_id FROM audit_logs
       WHERE action IN ('appointment.cancel', 'payment.verify_again', 'refund.settled', 'payment.export', 'appointment.export')
          OR (action = 'refund.created' AND changes->>'note' = 'matrix')
       ORDER BY created_at`,
    )
    expect(writes).toEqual(
      [
        'appointment.export',
        'appointment.cancel',
        'appointment.cancel',
        'payment.export',
        'payment.verify_again',
        'refund.created',
        'refund.settled',
      ].map((action) => ({ action, user_id: withAll.id })),
    )
  })
})
