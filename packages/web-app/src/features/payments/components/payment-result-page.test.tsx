import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { i18n, initI18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { paymentsMessagesFa } from '../payments-messages-fa.ts'
import { PaymentResultPage } from './payment-result-page.tsx'

vi.mock('../../../shared/payments/gateway-redirect.ts', () => ({ redirectToGateway: vi.fn() }))

initI18n({ fa: { payments: paymentsMessagesFa }, en: {} })

const TX = '55555555-5555-4555-8555-555555555555'
const APPOINTMENT = '44444444-4444-4444-8444-444444444444'
const PSY = '11111111-1111-4111-8111-111111111111'
const TYPE = '22222222-2222-4222-8222-222222222222'
const RECEIPT = `/api/v1/payments/${TX}`

const receipt = (status: string) => ({
  id: TX,
  type: 'payment',
  status,
  amountIrr: 14_000_000,
  appointmentId: APPOINTMENT,
  courseId: null,
  originalTransactionId: null,
  reference: status === 'completed' ? 'SB1234567890' : null,
  cardPan: status === 'completed' ? '6037****1234' : null,
  createdAt: '2026-03-01T08:00:00.000Z',
  completedAt: status === 'completed' ? '2026-03-01T08:01:00.000Z' : null,
  appointment: {
    psychologistName: { fa: 'مریم رضایی', en: 'Maryam Rezaei' },
    sessionTypeName: { fa: 'جلسهٔ آنلاین', en: 'Online session' },
    startsAt: '2026-03-05T10:30:00.000Z',
    durationMinutes: 50,
  },
  refundSettlement: null,
  refunds: [],
})

type Reply = { status: number; body: unknown }
const ok = (body: unknown): Reply => ({ status: 200, body })
const SIGNED_IN = ok({ user: { id: 'p', type: 'patient' }, session: {}, permissions: [] })
const SIGNED_OUT: Reply = {
  status: 401,
  body: { type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' },
}

/** Answers by path (query left out); the last reply of a queue repeats. */
function fakeApi(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const { pathname } = new URL(String(input), 'http://localhost')
    const queue = replies[pathname]
    const reply = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? {
      status: 500,
      body: null,
    }
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    count: (path: string) =>
      fetchMock.mock.calls.filter(
        ([input]) => new URL(String(input), 'http://localhost').pathname === path,
      ).length,
  }
}

function renderResult(query: string) {
  const router = createMemoryRouter([{ path: '/payments/result', Component: PaymentResultPage }], {
    initialEntries: [`/payments/result?${query}`],
  })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('PaymentResultPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('shows the receipt of a successful payment: toman, reference, masked card, date', async () => {
    fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      '/api/v1/users/me': [ok({ id: 'p', type: 'patient', profile: {}, preferences: {} })],
      [RECEIPT]: [ok(receipt('completed'))],
    })
    renderResult(`status=success&transaction=${TX}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'پرداخت موفق بود' })).toBeTruthy()
    expect(await screen.findByText('۱٬۴۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(screen.getByText('SB1234567890')).toBeTruthy()
    expect(screen.getByText('۶۰۳۷****۱۲۳۴')).toBeTruthy()
    expect(screen.getByText('۱۰ اسفند ۱۴۰۴، ساعت ۱۱:۳۱')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'نوبت‌های من' }).getAttribute('href')).toBe(
      '/appointments',
    )
  })

  it('takes a course bought back to the course', async () => {
    const COURSE = '66666666-6666-4666-8666-666666666666'
    fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      '/api/v1/users/me': [ok({ id: 'p', type: 'patient', profile: {}, preferences: {} })],
      [RECEIPT]: [
        ok({ ...receipt('completed'), appointmentId: null, appointment: null, courseId: COURSE }),
      ],
    })
    renderResult(`status=success&transaction=${TX}`)
    const course = await screen.findByRole('link', { name: 'رفتن به دوره' })
    expect(course.getAttribute('href')).toBe(`/courses/${COURSE}`)
    expect(screen.queryByRole('link', { name: 'نوبت‌های من' })).toBeNull()
  })

  const appointment = (status: string, holdExpiresAt: string | null) =>
    ok({
      id: APPOINTMENT,
      status,
      holdExpiresAt,
      psychologist: { id: PSY, name: { fa: 'م', en: 'M' } },
      sessionTypeId: TYPE,
    })

  it('offers paying again while the hold stands, and says until when', async () => {
    const api = fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      [RECEIPT]: [ok(receipt('failed'))],
      [`/api/v1/appointments/${APPOINTMENT}`]: [
        appointment('pending', new Date(Date.now() + 9 * 60_000).toISOString()),
      ],
      '/api/v1/payments/initiate': [
        ok({ transactionId: TX, redirectUrl: 'http://gateway.test/pay/S9' }),
      ],
    })
    renderResult(`status=failed&transaction=${TX}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'پرداخت انجام نشد' })).toBeTruthy()
    const held = await screen.findByText(
      (_, element) =>
        element?.tagName === 'P' &&
        /این زمان را تا [۰-۹]{2}:[۰-۹]{2} برایتان نگه می‌داریم/.test(element.textContent ?? ''),
    )
    expect(held).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: 'پرداخت دوباره' }))
    await waitFor(() =>
      expect(redirectToGateway).toHaveBeenCalledWith('http://gateway.test/pay/S9'),
    )
    expect(api.count('/api/v1/payments/initiate')).toBe(1)
    expect(screen.queryByText('رسید پرداخت')).toBeNull()
  })

  it('says the hold was released once it ran out and offers the same booking again', async () => {
    fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      [RECEIPT]: [ok(receipt('failed'))],
      [`/api/v1/appointments/${APPOINTMENT}`]: [appointment('cancelled', null)],
    })
    renderResult(`status=failed&transaction=${TX}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'پرداخت انجام نشد' })).toBeTruthy()
    expect(await screen.findByText(/زمانی که نگه داشته بودیم آزاد شد/)).toBeTruthy()
    const again = await screen.findByRole('link', { name: 'نوبت دوباره' })
    expect(again.getAttribute('href')).toBe(`/psychologists/${PSY}/book?type=${TYPE}`)
    expect(screen.queryByRole('button', { name: 'پرداخت دوباره' })).toBeNull()
  })

  it('keeps asking while pending and shows success once the payment settles', async () => {
    const api = fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      '/api/v1/users/me': [ok({ id: 'p', type: 'patient', profile: {}, preferences: {} })],
      [RECEIPT]: [ok(receipt('pending')), ok(receipt('completed'))],
    })
    renderResult(`status=pending&transaction=${TX}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'در حال تأیید پرداخت' }),
    ).toBeTruthy()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'پرداخت موفق بود' }, { timeout: 4000 }),
    ).toBeTruthy()
    expect(api.count(RECEIPT)).toBe(2)
    expect(screen.getByText('SB1234567890')).toBeTruthy()
  })

  it('offers going back to the gateway when the bank never answered and the hold stands', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    fakeApi({
      '/api/v1/auth/session': [SIGNED_IN],
      '/api/v1/users/me': [ok({ id: 'p', type: 'patient', profile: {}, preferences: {} })],
      [RECEIPT]: [ok(receipt('pending'))],
      [`/api/v1/appointments/${APPOINTMENT}`]: [
        appointment('pending', new Date(Date.now() + 9 * 60_000).toISOString()),
      ],
    })
    renderResult(`status=pending&transaction=${TX}`)

    await screen.findByRole('heading', { level: 1, name: 'در حال تأیید پرداخت' })
    for (let poll = 0; poll < 5; poll++) await vi.advanceTimersByTimeAsync(2_000)
    expect(await screen.findByRole('button', { name: 'ادامهٔ پرداخت در درگاه' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'بررسی دوباره' })).toBeTruthy()
  })

  it('works for a visitor too: the outcome from the URL and a way to sign in', async () => {
    const api = fakeApi({ '/api/v1/auth/session': [SIGNED_OUT] })
    renderResult(`status=success&transaction=${TX}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'پرداخت موفق بود' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'برای دیدن رسید وارد شوید' })).toBeTruthy()
    expect(api.count(RECEIPT)).toBe(0)
  })
})
