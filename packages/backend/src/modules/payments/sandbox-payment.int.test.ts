import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import {
  appointmentStatus,
  holdAppointment,
  initiate,
  transactionRow,
} from '../../../test/payment-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('booking and paying end to end through the built-in sandbox gateway', () => {
  let t: TestApp
  let patient: SignedInUser
  let psy: TestPsychologist
  let slot = 30

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://yektayar.test' } })
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t, {
      sessionTypes: [{ durationMinutes: 60, mode: 'video', priceIrr: 25_000_000 }],
    })
  })
  afterAll(() => t.close())

  /** Books, initiates, opens the pay page and presses one of its links, like a browser. */
  async function payThroughPage(
    choice: 'pay' | 'fail',
    appointmentId?: string,
    returnTo?: 'app' | 'web',
  ): Promise<{ appointmentId: string; transactionId: string; landing: URL }> {
    if (!appointmentId) {
      const held = await holdAppointment(t, patient, psy, hourFromNow(slot++))
      return payThroughPage(choice, held, returnTo)
    }
    const started = await initiate(t, patient, { appointmentId, ...(returnTo && { returnTo }) })
    const { transactionId, redirectUrl } = started.json() as {
      transactionId: string
      redirectUrl: string
    }
    const page = await t.app.inject({ method: 'GET', url: new URL(redirectUrl).pathname })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).not.toContain('<script')
    expect(page.body).toContain(
      '2,500,000'.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d).replace(/,/g, '٬'),
    )
    // The product's look: the psychologist's name, not the appointment's id, and one digit system.
    expect(page.body).toContain('مریم آزمون')
    expect(page.body).not.toContain(appointmentId)
    const visible = page.body.replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, '')
    expect(visible).not.toMatch(/[0-9]/)
    const href = new RegExp(`id="${choice}" href="([^"]+)"`).exec(page.body)?.[1] ?? ''
    const pressed = await t.app.inject({ method: 'GET', url: href })
    expect(pressed.statusCode).toBe(303)
    const back = new URL(String(pressed.headers.location))
    expect(back.pathname).toBe('/api/v1/payments/verify')
    const verified = await t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` })
    expect(verified.statusCode).toBe(303)
    return { appointmentId, transactionId, landing: new URL(String(verified.headers.location)) }
  }

  it('pays, confirms the appointment and lands on the success page', async () => {
    const { appointmentId, transactionId, landing } = await payThroughPage('pay')
    expect(landing.toString()).toBe(
      `https://yektayar.test/payments/result?status=success&transaction=${transactionId}`,
    )
    expect((await transactionRow(t, transactionId))?.status).toBe('completed')
    expect((await appointmentStatus(t, appointmentId))?.status).toBe('confirmed')
  })

  it('fails, keeps the hold, lands on the failure page, and a second try inside the hold pays', async () => {
    const { appointmentId, transactionId, landing } = await payThroughPage('fail')
    expect(landing.searchParams.get('status')).toBe('failed')
    expect((await transactionRow(t, transactionId))?.status).toBe('failed')
    expect((await appointmentStatus(t, appointmentId))?.status).toBe('pending')
    const retry = await payThroughPage('pay', appointmentId)
    expect(retry.transactionId).not.toBe(transactionId)
    expect(retry.landing.searchParams.get('status')).toBe('success')
    expect((await appointmentStatus(t, appointmentId))?.status).toBe('confirmed')
  })

  it('returns a payment started in the Android app to the result page under /app/', async () => {
    const { transactionId, landing } = await payThroughPage('pay', undefined, 'app')
    expect(landing.toString()).toBe(
      `https://yektayar.test/app/payments/result?status=success&transaction=${transactionId}`,
    )
    expect((await payThroughPage('fail', undefined, 'web')).landing.pathname).toBe(
      '/payments/result',
    )
  })

  it('takes no other return than its own two pages', async () => {
    const appointmentId = await holdAppointment(t, patient, psy, hourFromNow(slot++))
    const response = await initiate(t, patient, { appointmentId, returnTo: 'https://evil.example' })
    expect(response.statusCode).toBe(400)
  })

  it('answers 404 for an unknown sandbox authority', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/sandbox/S${'0'.repeat(36)}`,
    })
    expect(response.statusCode).toBe(404)
  })
})
