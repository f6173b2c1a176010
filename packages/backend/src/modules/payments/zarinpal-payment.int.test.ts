import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  appointmentStatus,
  auditCount,
  callback,
  createPaymentTestbed,
  holdAppointment,
  initiate,
  type PaymentTestbed,
  PRICE_IRR,
  startPayment,
  transactionRow,
} from '../../../test/payment-fixtures.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { sweepAppointments } from '../appointments/appointment-confirmation.ts'
import { careDepsOf as careDepsOfApp } from '../appointments/care-deps.ts'
import { insertTransaction } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { initiatePayment } from './payment-initiate.service.ts'
import { reconcilePayments } from './payment-reconciler.ts'
import { createZarinpalGateway } from './zarinpal-gateway.ts'

describe('paying through the Zarinpal v4 adapter', () => {
  let bed: PaymentTestbed
  beforeAll(async () => {
    bed = await createPaymentTestbed()
  })
  afterAll(() => bed.close())

  const careDepsOf = () => ({ ...careDepsOfApp(bed.t.app), jobs: undefined })
  const depsOf = (): PaymentDeps => ({
    gateway: createZarinpalGateway(bed.t.config.payments, bed.t.app.log),
    publicUrl: bed.t.config.publicUrl,
    care: careDepsOf(),
    sandboxRefundDelayMs: 0,
  })

  it('requests with the appointment’s amount, verifies, credits and confirms', async () => {
    const { appointmentId, transactionId, redirectUrl, authority } = await startPayment(bed)
    expect(redirectUrl).toBe(`${bed.zarinpal.baseUrl}/pg/StartPay/${authority}`)
    expect(bed.zarinpal.requests.at(-1)).toMatchObject({
      merchant_id: bed.zarinpal.merchantId,
      amount: PRICE_IRR,
      callback_url: 'https://yektayar.test/api/v1/payments/verify',
      metadata: { order_id: transactionId, mobile: `0${bed.patient.phone.slice(3)}` },
    })
    bed.zarinpal.pay(authority)
    const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(landing.pathname).toBe('/payments/result')
    expect(landing.searchParams.get('status')).toBe('success')
    expect(landing.searchParams.get('transaction')).toBe(transactionId)
    expect(bed.zarinpal.verifies.at(-1)).toMatchObject({ authority, amount: PRICE_IRR })
    const row = await transactionRow(bed.t, transactionId)
    expect(row).toMatchObject({
      status: 'completed',
      gateway_reference: '201',
      card_pan: '502229******5995',
    })
    expect(Number(row?.fee_irr)).toBe(4_500)
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
    expect(await auditCount(bed.t, 'payment.created', transactionId)).toBe(1)
    expect(await auditCount(bed.t, 'payment.completed', transactionId)).toBe(1)
  })

  it('fails a NOK return once inquiry says the payer gave up, keeps the hold, and a retry pays', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.fail(authority)
    const landing = await callback(bed.t, `Authority=${authority}&Status=NOK`)
    expect(landing.searchParams.get('status')).toBe('failed')
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('failed')
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
    expect(await auditCount(bed.t, 'payment.failed', transactionId)).toBe(1)
    const retry = await initiate(bed.t, bed.patient, { appointmentId })
    expect(retry.statusCode).toBe(200)
    const retryAuthority = String(retry.json().redirectUrl).split('/').at(-1) ?? ''
    expect(retryAuthority).not.toBe(authority)
    bed.zarinpal.pay(retryAuthority)
    const paid = await callback(bed.t, `Authority=${retryAuthority}&Status=OK`)
    expect(paid.searchParams.get('status')).toBe('success')
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
  })

  it('treats 101 (already verified) as paid, credited once', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    bed.zarinpal.scriptVerify({ code: 101 })
    const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(landing.searchParams.get('status')).toBe('success')
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
    await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(await auditCount(bed.t, 'payment.completed', transactionId)).toBe(1)
  })

  it.each([-9, -10, -11, -12])(
    'leaves the payment pending on %i, credits nothing',
    async (code) => {
      const { appointmentId, transactionId, authority } = await startPayment(bed)
      bed.zarinpal.pay(authority)
      bed.zarinpal.scriptVerify({ code })
      const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
      expect(landing.searchParams.get('status')).toBe('pending')
      expect((await transactionRow(bed.t, transactionId))?.status).toBe('pending')
      expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
      // The next verify (the payer retrying, or the reconciler) settles it.
      await callback(bed.t, `Authority=${authority}&Status=OK`)
      expect((await transactionRow(bed.t, transactionId))?.status).toBe('completed')
    },
  )

  it.each(['OK', 'NOK'])(
    'changes nothing on an early or forged %s callback while the payer is still at the bank',
    async (status) => {
      const { appointmentId, transactionId, authority } = await startPayment(bed)
      const landing = await callback(bed.t, `Authority=${authority}&Status=${status}`)
      expect(landing.searchParams.get('status')).toBe('pending')
      expect((await transactionRow(bed.t, transactionId))?.status).toBe('pending')
      expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
      const again = await initiate(bed.t, bed.patient, { appointmentId })
      expect(again.json().transactionId).toBe(transactionId)
      bed.zarinpal.pay(authority)
      const paid = await callback(bed.t, `Authority=${authority}&Status=OK`)
      expect(paid.searchParams.get('status')).toBe('success')
      expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
    },
  )

  it('settles a payment whose verify timed out through the reconciler', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    bed.zarinpal.scriptVerify({ delayMs: 2_500 })
    const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(landing.searchParams.get('status')).toBe('pending')
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('pending')
    const early = await reconcilePayments(depsOf())
    expect(early.checked).toBe(0)
    const later = new Date(Date.now() + 11 * 60_000)
    const result = await reconcilePayments(depsOf(), later)
    expect(result.completed).toBeGreaterThanOrEqual(1)
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('completed')
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
  })

  it('refuses an amount from the client and ignores amounts in the callback', async () => {
    const appointmentId = (await startPayment(bed)).appointmentId
    const refused = await initiate(bed.t, bed.patient, { appointmentId, amount: 1_000 })
    expect(refused.statusCode).toBe(400)
    const { transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    await callback(bed.t, `Authority=${authority}&Status=OK&Amount=1000&amount=1000`)
    expect(bed.zarinpal.verifies.at(-1)).toMatchObject({ amount: PRICE_IRR })
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('completed')
  })

  it('credits nothing when the payer paid a different amount at the gateway (-50)', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority, 1_000)
    const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(landing.searchParams.get('status')).toBe('failed')
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('failed')
    // The hold stands: the patient may pay the right amount again.
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
  })

  it('fails the payment with a stable code when Zarinpal refuses the request (-10)', async () => {
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    const config = {
      ...bed.t.config.payments,
      zarinpal: { ...bed.t.config.payments.zarinpal, merchantId: 'wrong' },
    }
    const deps = { ...depsOf(), gateway: createZarinpalGateway(config, bed.t.app.log) }
    const auth = { userId: bed.patient.id } as AuthContext
    await expect(initiatePayment(deps, auth, { appointmentId })).rejects.toMatchObject({
      code: 'PAYMENT_GATEWAY_MISCONFIGURED',
      status: 502,
    })
    const [row] = await bed.t.database.query<{ status: string }>(
      'SELECT status FROM transactions WHERE appointment_id = $1',
      [appointmentId],
    )
    expect(row?.status).toBe('failed')
    // The hold stands: the patient may try again.
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
  })

  it('keeps an abandoned payment pending inside the hold, and fails it through the reconciler after', async () => {
    const { appointmentId, transactionId } = await startPayment(bed)
    const holdMs = bed.t.config.care.holdMinutes * 60_000
    await reconcilePayments(depsOf(), new Date(Date.now() + 11 * 60_000))
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('pending')
    await reconcilePayments(depsOf(), new Date(Date.now() + holdMs + 60_000))
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('failed')
    await sweepAppointments(careDepsOf(), new Date(Date.now() + holdMs + 60_000))
    expect(await appointmentStatus(bed.t, appointmentId)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'hold_expired',
    })
  })

  it('gives a payer the hold in force when they began, though an admin shortened it since', async () => {
    const { transactionId } = await startPayment(bed)
    const shortened = careDepsOf()
    const deps: PaymentDeps = {
      ...depsOf(),
      care: { ...shortened, care: { ...shortened.care, holdMinutes: 1 } },
    }
    // Twelve minutes on (the reconciler looks at payments ten minutes old): past the new
    // one-minute hold, inside the one this payment began with.
    expect(bed.t.config.care.holdMinutes).toBeGreaterThan(12)
    await reconcilePayments(deps, new Date(Date.now() + 12 * 60_000))
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('pending')
  })

  it('fails a payment the gateway never issued an authority for, and keeps the hold', async () => {
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    // What a process stopped between our insert and the gateway's answer leaves behind.
    const orphan = await insertTransaction(bed.t.database.db, {
      userId: bed.patient.id,
      amount: PRICE_IRR,
      currency: 'IRR',
      type: 'payment',
      status: 'pending',
      appointmentId,
      gateway: 'zarinpal',
    })
    const result = await reconcilePayments(depsOf(), new Date(Date.now() + 11 * 60_000))
    expect(result.failed).toBeGreaterThanOrEqual(1)
    expect((await transactionRow(bed.t, orphan.id))?.status).toBe('failed')
    expect(await auditCount(bed.t, 'payment.failed', orphan.id)).toBe(1)
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('pending')
  })
})
