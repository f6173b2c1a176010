import type { PaymentReceiptDetail } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { queuedNotifications } from '../../../test/notification-fixtures.ts'
import {
  callback,
  createPaymentTestbed,
  holdAppointment,
  initiate,
  type PaymentTestbed,
  startPayment,
} from '../../../test/payment-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { paymentDepsOf } from './payment-deps.ts'
import { SANDBOX_REFUNDS_JOB } from './payment-jobs.ts'
import { tellUntold } from './payment-notices.ts'
import { settleDueSandboxRefunds } from './refund.service.ts'
import { createSandboxGateway } from './sandbox-gateway.ts'

async function receipt(t: TestApp, user: SignedInUser, id: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/payments/${id}`,
    headers: user.headers,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json() as PaymentReceiptDetail
}

/** Pays an appointment on the sandbox, then the patient cancels it inside the free window. */
async function paidThenCancelled(
  t: TestApp,
  patient: SignedInUser,
  psy: TestPsychologist,
  hour: number,
) {
  const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(hour))
  const { transactionId, redirectUrl } = (await initiate(t, patient, { appointmentId })).json()
  const authority = String(redirectUrl).split('/').at(-1)
  await t.app.inject({ url: `/api/v1/payments/sandbox/${authority}/complete?status=OK` })
  await callback(t, `Authority=${authority}&Status=OK`)
  const cancelled = await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/appointments/${appointmentId}`,
    headers: patient.headers,
    payload: { reason: 'cannot make it' },
  })
  expect(cancelled.statusCode, cancelled.body).toBe(200)
  const [refund] = (await receipt(t, patient, transactionId)).refunds
  if (!refund) throw new Error('the cancellation made no refund')
  return { transactionId, refundId: refund.id }
}

describe('the sandbox gateway pays refunds back by itself and the patient is told', () => {
  let t: TestApp
  let patient: SignedInUser
  let psy: TestPsychologist

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true, env: { SANDBOX_REFUND_DELAY_SECONDS: '0' } })
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t, {
      sessionTypes: [{ durationMinutes: 50, mode: 'video', priceIrr: 25_000_000 }],
    })
  })
  afterAll(() => t.close())

  it('waits out the delay, then settles, records when, and tells the patient', async () => {
    const { transactionId, refundId } = await paidThenCancelled(t, patient, psy, 50)
    const pending = await receipt(t, patient, transactionId)
    expect(pending.refunds[0]).toMatchObject({
      status: 'pending',
      refundSettlement: 'automatic',
      completedAt: null,
    })
    const deps = {
      ...paymentDepsOf(t.app, createSandboxGateway(t.config.publicUrl)),
      sandboxRefundDelayMs: 60_000,
    }
    expect(await settleDueSandboxRefunds(deps, new Date())).toBe(0)
    expect((await receipt(t, patient, refundId)).status).toBe('pending')

    const later = new Date(Date.now() + 61_000)
    expect(await settleDueSandboxRefunds(deps, later)).toBe(1)
    const settled = await receipt(t, patient, transactionId)
    expect(settled.status).toBe('refunded')
    expect(settled.refunds[0]?.status).toBe('completed')
    expect(settled.refunds[0]?.completedAt).not.toBeNull()
    expect((await queuedNotifications(t, 'transactionId', refundId)).map((n) => n.data)).toEqual([
      {
        eventKey: `payment:${refundId}:refund`,
        recipientId: patient.id,
        category: 'payment_refund',
        templateKey: 'payment.refund',
        params: { transactionId: refundId, amountIrr: 25_000_000 },
        link: `/payments/${transactionId}`,
      },
    ])
    // The payment itself was receipted when it was credited.
    expect(
      (await queuedNotifications(t, 'transactionId', transactionId)).map((n) => n.data),
    ).toEqual([
      {
        eventKey: `payment:${transactionId}:receipt`,
        recipientId: patient.id,
        category: 'payment_receipt',
        templateKey: 'payment.receipt',
        params: { transactionId, amountIrr: 25_000_000 },
        link: `/payments/${transactionId}`,
      },
    ])
    expect(await settleDueSandboxRefunds(deps, later)).toBe(0)
  })

  it('settles through the scheduled job on its own, with the session on the receipt', async () => {
    const { transactionId, refundId } = await paidThenCancelled(t, patient, psy, 60)
    await t.jobs?.send(SANDBOX_REFUNDS_JOB, {})
    const deadline = Date.now() + 15_000
    let status = 'pending'
    while (status === 'pending' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      status = (await receipt(t, patient, refundId)).status
    }
    expect(status).toBe('completed')
    const paid = await receipt(t, patient, transactionId)
    expect(paid.appointment).toMatchObject({
      psychologistName: { fa: 'مریم آزمون' },
      durationMinutes: 50,
    })
    expect(paid.appointment?.sessionTypeName).not.toBeNull()
  })

  it('tells a payer the notice a stop between the credit and the queue left untold, once', async () => {
    const { transactionId } = await paidThenCancelled(t, patient, psy, 90)
    const receiptKey = `payment:${transactionId}:receipt`
    // As if the process stopped right after the credit committed: nothing was queued or told.
    await t.database.query(
      `DELETE FROM pgboss.job WHERE name = 'notification.event' AND data->>'eventKey' = $1`,
      [receiptKey],
    )
    await t.database.query('DELETE FROM notifications WHERE event_key = $1', [receiptKey])
    await t.database.query('UPDATE transactions SET notice_queued_at = NULL WHERE id = $1', [
      transactionId,
    ])
    const deps = paymentDepsOf(t.app, createSandboxGateway(t.config.publicUrl))
    const queuedReceipts = async () =>
      (await queuedNotifications(t, 'transactionId', transactionId)).filter(
        (n) => n.data.eventKey === receiptKey,
      )
    // Just settled: the settling run may still be queueing it, so it is left alone.
    expect(await tellUntold(deps, new Date())).toBe(0)
    const later = new Date(Date.now() + 3 * 60_000)
    // Every other settled payment and refund here was marked told when it was queued.
    expect(await tellUntold(deps, later)).toBe(1)
    expect(await queuedReceipts()).toHaveLength(1)
    expect(await tellUntold(deps, later)).toBe(0)
    await expect
      .poll(
        async () =>
          (await t.database.query('SELECT 1 FROM notifications WHERE event_key = $1', [receiptKey]))
            .length,
      )
      .toBe(1)
  })

  it("answers 404 for someone else's receipt", async () => {
    const { transactionId } = await paidThenCancelled(t, patient, psy, 70)
    const stranger = await createSignedInUser(t, 'patient')
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/${transactionId}`,
      headers: stranger.headers,
    })
    expect(response.statusCode).toBe(404)
  })
})

describe('with Zarinpal, staff settle refunds and the patient sees that', () => {
  let bed: PaymentTestbed
  beforeAll(async () => {
    bed = await createPaymentTestbed({ withJobs: true })
  })
  afterAll(() => bed.close())

  it('leaves the refund to staff, then tells the patient when staff settle it', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    await callback(bed.t, `Authority=${authority}&Status=OK`)
    await bed.t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${appointmentId}`,
      headers: bed.patient.headers,
      payload: { reason: 'cannot make it' },
    })
    const [refund] = (await receipt(bed.t, bed.patient, transactionId)).refunds
    expect(refund).toMatchObject({ status: 'pending', refundSettlement: 'staff' })
    const deps = paymentDepsOf(bed.t.app, { ...createSandboxGateway(''), refunds: 'staff' })
    expect(await settleDueSandboxRefunds(deps, new Date(Date.now() + 86_400_000))).toBe(0)

    const admin = await createSignedInUser(bed.t, 'admin')
    const settle = await bed.t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/refunds/${refund?.id}/settle`,
      headers: admin.headers,
      payload: { note: 'card transfer 12345' },
    })
    expect(settle.statusCode, settle.body).toBe(200)
    expect(settle.json()).toMatchObject({ status: 'completed', refundSettlement: 'staff' })
    const notices = await queuedNotifications(bed.t, 'transactionId', refund?.id ?? '')
    expect(notices.map((n) => [n.data.recipientId, n.data.category, n.data.eventKey])).toEqual([
      [bed.patient.id, 'payment_refund', `payment:${refund?.id}:refund`],
    ])
  })
})
