import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
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

describe('every rial accounted for', () => {
  let bed: PaymentTestbed
  beforeAll(async () => {
    bed = await createPaymentTestbed()
  })
  afterAll(() => bed.close())

  const refundsOf = (paymentId: string) =>
    bed.t.database.query<{ id: string; amount: string; status: string }>(
      `SELECT id, amount, status FROM transactions WHERE original_transaction_id = $1`,
      [paymentId],
    )

  it('credits once when one callback is replayed 20 times at once', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    const landings = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callback(bed.t, `Authority=${authority}&Status=OK`, i % 2 ? 'POST' : 'GET'),
      ),
    )
    for (const landing of landings) expect(landing.searchParams.get('status')).toBe('success')
    expect(await auditCount(bed.t, 'payment.completed', transactionId)).toBe(1)
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('confirmed')
    const [count] = await bed.t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM transactions WHERE appointment_id = $1 AND status = 'completed'`,
      [appointmentId],
    )
    expect(count?.n).toBe(1)
  })

  it('touches nothing for a forged authority, and a foreign one credits only its owner', async () => {
    const forged = await callback(
      bed.t,
      'Authority=A000000000000000000000000000000000042&Status=OK',
    )
    expect(forged.searchParams.get('status')).toBe('failed')
    expect(forged.searchParams.get('transaction')).toBeNull()
    const other = await createSignedInUser(bed.t, 'patient')
    const mine = await startPayment(bed)
    const theirs = await startPayment(bed, other)
    bed.zarinpal.pay(theirs.authority)
    await callback(bed.t, `Authority=${theirs.authority}&Status=OK`)
    expect((await transactionRow(bed.t, theirs.transactionId))?.status).toBe('completed')
    expect((await transactionRow(bed.t, mine.transactionId))?.status).toBe('pending')
    const foreignInitiate = await initiate(bed.t, bed.patient, {
      appointmentId: theirs.appointmentId,
    })
    expect(foreignInitiate.statusCode).toBe(409)
  })

  it('gives two tabs the same pending payment, and only one payment completes', async () => {
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    const [a, b] = await Promise.all([
      initiate(bed.t, bed.patient, { appointmentId }),
      initiate(bed.t, bed.patient, { appointmentId }),
    ])
    const answers = [a, b].map((r) => r?.json() as { transactionId?: string; code?: string })
    const ids = answers.map((x) => x.transactionId).filter(Boolean)
    expect(new Set(ids).size).toBe(1)
    for (const answer of answers)
      if (!answer.transactionId) expect(answer.code).toBe('PAYMENT_IN_PROGRESS')
    const again = await initiate(bed.t, bed.patient, { appointmentId })
    expect(again.json().transactionId).toBe(ids[0])
    const authority = String(again.json().redirectUrl).split('/').at(-1) ?? ''
    bed.zarinpal.pay(authority)
    await callback(bed.t, `Authority=${authority}&Status=OK`)
    const paidTwice = await initiate(bed.t, bed.patient, { appointmentId })
    expect(paidTwice.statusCode).toBe(409)
  })

  it('answers a replayed Idempotency-Key with the same payment, and refuses it for another', async () => {
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    const key = { 'idempotency-key': 'tab-1-0123456789' }
    const first = await initiate(bed.t, bed.patient, { appointmentId }, key)
    const second = await initiate(bed.t, bed.patient, { appointmentId }, key)
    expect(second.json()).toEqual(first.json())
    const otherAppointment = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    const reused = await initiate(bed.t, bed.patient, { appointmentId: otherAppointment }, key)
    expect(reused.statusCode).toBe(422)
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('turns a payment whose hold expired and whose slot is gone into a pending refund', async () => {
    const startsAt = bed.nextSlot()
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, startsAt)
    const started = await initiate(bed.t, bed.patient, { appointmentId })
    const { transactionId, redirectUrl } = started.json() as {
      transactionId: string
      redirectUrl: string
    }
    const authority = redirectUrl.split('/').at(-1) ?? ''
    await bed.t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 minute', status = 'cancelled',
         cancel_reason = 'hold_expired' WHERE id = $1`,
      [appointmentId],
    )
    const other = await createSignedInUser(bed.t, 'patient')
    await holdAppointment(bed.t, other, bed.psy, startsAt)
    bed.zarinpal.pay(authority)
    const landing = await callback(bed.t, `Authority=${authority}&Status=OK`)
    expect(landing.searchParams.get('status')).toBe('success')
    expect((await transactionRow(bed.t, transactionId))?.status).toBe('completed')
    expect((await appointmentStatus(bed.t, appointmentId))?.status).toBe('cancelled')
    const refunds = await refundsOf(transactionId)
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({ status: 'pending' })
    expect(Number(refunds[0]?.amount)).toBe(PRICE_IRR)
  })

  it('refuses to start paying an appointment whose hold has expired', async () => {
    const appointmentId = await holdAppointment(bed.t, bed.patient, bed.psy, bed.nextSlot())
    await bed.t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [appointmentId],
    )
    const response = await initiate(bed.t, bed.patient, { appointmentId })
    expect(response.json().code).toBe('PAYMENT_NOT_PAYABLE')
  })

  it('lets an admin refund up to the amount and settle with a note; shows receipts', async () => {
    const { transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    await callback(bed.t, `Authority=${authority}&Status=OK`)
    const admin = await createSignedInUser(bed.t, 'admin')
    const refund = (amountIrr: number, user = admin) =>
      bed.t.app.inject({
        method: 'POST',
        url: `/api/v1/payments/${transactionId}/refunds`,
        headers: user.headers,
        payload: { amountIrr, note: 'goodwill' },
      })
    expect((await refund(1_000, bed.patient)).statusCode).toBe(403)
    const partial = await refund(PRICE_IRR - 1_000)
    expect(partial.statusCode).toBe(201)
    expect((await refund(1_001)).json().code).toBe('REFUND_EXCEEDS_PAYMENT')
    const settle = await bed.t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/refunds/${partial.json().id}/settle`,
      headers: admin.headers,
      payload: { note: 'card transfer 123' },
    })
    expect(settle.json()).toMatchObject({ type: 'refund', status: 'completed' })
    expect(await auditCount(bed.t, 'refund.settled', partial.json().id)).toBe(1)
    const history = await bed.t.app.inject({
      method: 'GET',
      url: '/api/v1/payments/history?limit=2',
      headers: bed.patient.headers,
    })
    expect(history.statusCode).toBe(200)
    const page = history.json() as {
      items: Array<Record<string, unknown>>
      nextCursor: string | null
    }
    expect(page.items).toHaveLength(2)
    expect(page.items[0]).toMatchObject({ type: 'refund', amountIrr: PRICE_IRR - 1_000 })
    expect(page.items[1]).toMatchObject({
      id: transactionId,
      amountIrr: PRICE_IRR,
      reference: '201',
    })
    expect(page.nextCursor).not.toBeNull()
  })

  it('creates a pending refund when the patient cancels a paid appointment in the free window', async () => {
    const { appointmentId, transactionId, authority } = await startPayment(bed)
    bed.zarinpal.pay(authority)
    await callback(bed.t, `Authority=${authority}&Status=OK`)
    const cancelled = await bed.t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${appointmentId}`,
      headers: bed.patient.headers,
      payload: { reason: 'cannot make it' },
    })
    expect(cancelled.statusCode).toBe(200)
    const refunds = await refundsOf(transactionId)
    expect(refunds).toHaveLength(1)
    expect(Number(refunds[0]?.amount)).toBe(PRICE_IRR)
    expect(await auditCount(bed.t, 'refund.created', refunds[0]?.id ?? '')).toBe(1)
  })
})
