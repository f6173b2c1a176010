import { expect } from 'vitest'
import { createSignedInUser, type SignedInUser } from './auth-fixtures.ts'
import { createPsychologist, hourFromNow, type TestPsychologist } from './care-fixtures.ts'
import { type FakeZarinpal, startFakeZarinpal } from './fake-zarinpal.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/** Books a priced appointment (pending, held) for the patient and answers its id. */
export async function holdAppointment(
  t: TestApp,
  patient: SignedInUser,
  psy: TestPsychologist,
  startsAt: string,
): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: patient.headers,
    payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[0], startsAt },
  })
  expect(response.statusCode, response.body).toBe(201)
  return (response.json() as { id: string }).id
}

export async function initiate(
  t: TestApp,
  user: SignedInUser,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/initiate',
    headers: { ...user.headers, ...headers },
    payload,
  })
}

/** The payer's browser coming back from the gateway. */
export async function callback(t: TestApp, query: string, method: 'GET' | 'POST' = 'GET') {
  const response = await t.app.inject({ method, url: `/api/v1/payments/verify?${query}` })
  expect(response.statusCode).toBe(303)
  return new URL(String(response.headers.location))
}

export async function transactionRow(t: TestApp, id: string) {
  const [row] = await t.database.query<{
    status: string
    amount: string
    gateway_reference: string | null
    card_pan: string | null
    fee_irr: string | null
    authority: string | null
  }>('SELECT * FROM transactions WHERE id = $1', [id])
  return row
}

export async function appointmentStatus(t: TestApp, id: string) {
  const [row] = await t.database.query<{ status: string; cancel_reason: string | null }>(
    'SELECT status, cancel_reason FROM appointments WHERE id = $1',
    [id],
  )
  return row
}

export async function auditCount(t: TestApp, action: string, resourceId: string) {
  const [row] = await t.database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_logs WHERE action = $1 AND resource_id = $2',
    [action, resourceId],
  )
  return row?.n ?? 0
}

export interface PaymentTestbed {
  t: TestApp
  zarinpal: FakeZarinpal
  patient: SignedInUser
  psy: TestPsychologist
  nextSlot(): string
  close(): Promise<void>
}

export const PRICE_IRR = 18_000_000

/**
 * The app on the Zarinpal adapter, pointed at a fake Zarinpal on a real local HTTP port;
 * `withJobs` when a test looks at the jobs (notices) payments queue.
 */
export async function createPaymentTestbed(
  options: { withJobs?: boolean } = {},
): Promise<PaymentTestbed> {
  const zarinpal = await startFakeZarinpal()
  const t = await createTestApp({
    withJobs: options.withJobs,
    env: {
      PAYMENT_GATEWAY: 'zarinpal',
      ZARINPAL_MERCHANT_ID: zarinpal.merchantId,
      ZARINPAL_BASE_URL: zarinpal.baseUrl,
      PAYMENT_GATEWAY_TIMEOUT_MS: '1500',
      PUBLIC_URL: 'https://yektayar.test',
    },
  })
  const patient = await createSignedInUser(t, 'patient')
  const psy = await createPsychologist(t, {
    sessionTypes: [{ durationMinutes: 60, mode: 'video', priceIrr: PRICE_IRR }],
  })
  let slot = 30
  return {
    t,
    zarinpal,
    patient,
    psy,
    nextSlot: () => hourFromNow(slot++),
    async close() {
      await t.close()
      await zarinpal.close()
    },
  }
}

/** Holds an appointment and starts paying it; answers ids and the authority. */
export async function startPayment(bed: PaymentTestbed, patient = bed.patient) {
  const appointmentId = await holdAppointment(bed.t, patient, bed.psy, bed.nextSlot())
  const response = await initiate(bed.t, patient, { appointmentId })
  expect(response.statusCode).toBe(200)
  const { transactionId, redirectUrl } = response.json() as {
    transactionId: string
    redirectUrl: string
  }
  const authority = redirectUrl.split('/').at(-1) ?? ''
  return { appointmentId, transactionId, redirectUrl, authority }
}
