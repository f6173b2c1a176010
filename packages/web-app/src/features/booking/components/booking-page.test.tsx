import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { bookingMessagesFa } from '../booking-messages-fa.ts'
import { BookingPage } from './booking-page.tsx'

vi.mock('../../../shared/payments/gateway-redirect.ts', () => ({ redirectToGateway: vi.fn() }))

initTestI18n({ fa: { booking: bookingMessagesFa }, en: {} })

const PSY = '11111111-1111-4111-8111-111111111111'
const PRICED = '22222222-2222-4222-8222-222222222222'
const FREE = '33333333-3333-4333-8333-333333333333'
// 10:00 and 11:00 in Tehran (UTC+03:30) on Tuesday 12 Esfand 1404 = 3 March 2026.
const SLOT_10 = '2026-03-03T06:30:00.000Z'
const SLOT_11 = '2026-03-03T07:30:00.000Z'

const professional = {
  id: PSY,
  name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' },
  photoUrl: null,
  gender: 'female',
  yearsOfExperience: 12,
  specialties: ['anxiety'],
  approaches: ['cbt'],
  languages: ['fa'],
  isVerified: true,
  modes: ['video'],
  minPriceIrr: 0,
  bioFa: '',
  bioEn: '',
  licenseNumber: null,
  officeAddress: null,
  policy: {},
  sessionTypes: [
    {
      id: PRICED,
      nameFa: 'جلسهٔ فردی آنلاین',
      nameEn: 'Individual session',
      durationMinutes: 50,
      mode: 'video',
      priceIrr: 14_000_000,
      isActive: true,
    },
    {
      id: FREE,
      nameFa: 'جلسهٔ آشنایی',
      nameEn: 'Free intro',
      durationMinutes: 15,
      mode: 'video',
      priceIrr: 0,
      isActive: true,
    },
  ],
}

const appointment = (status: 'pending' | 'confirmed', sessionTypeId: string, priceIrr: number) => ({
  id: '44444444-4444-4444-8444-444444444444',
  status,
  patient: { id: 'p', name: { fa: 'سارا', en: 'Sara' } },
  psychologist: { id: PSY, name: professional.name },
  sessionTypeId,
  mode: 'video',
  startsAt: SLOT_10,
  endsAt: '2026-03-03T07:20:00.000Z',
  durationMinutes: 50,
  priceIrr,
  holdExpiresAt: null,
  joinUrl: null,
  joinOpensAt: null,
  cancelReason: null,
  cancelledBy: null,
  cancelledAt: null,
  outcomeRecordedAt: null,
  createdAt: '2026-03-01T08:00:00.000Z',
})

type Reply = { status: number; body: unknown }
type Call = { method: string; url: URL; headers: Headers; body: unknown }

/** A fake API keyed by "METHOD /path" (query left out); each key answers from its own queue. */
function fakeApi(replies: Record<string, Reply[]>) {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost')
      const method = init?.method ?? 'GET'
      calls.push({
        method,
        url,
        headers: new Headers(init?.headers),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      })
      const queue = replies[`${method} ${url.pathname}`]
      // The last reply repeats: refetches of the same resource keep answering.
      const reply = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? {
        status: 500,
        body: null,
      }
      const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'Content-Type': type },
      })
    }),
  )
  return {
    calls: (key: string) => calls.filter((call) => `${call.method} ${call.url.pathname}` === key),
  }
}

const ok = (body: unknown, status = 200): Reply => ({ status, body })
const availability = (slots: string[]) =>
  ok({ slots: slots.map((startsAt) => ({ startsAt, endsAt: startsAt })) })
const baseReplies = (slots: Reply[]) => ({
  'GET /api/v1/users/me': [ok({ id: 'p', type: 'patient', profile: {}, preferences: {} })],
  [`GET /api/v1/professionals/${PSY}`]: [ok(professional)],
  [`GET /api/v1/professionals/${PSY}/availability`]: slots,
  // Not the defaults, so the summary is seen to state the server's terms.
  'GET /api/v1/appointments/policy': [ok({ freeCancelHours: 48, holdMinutes: 20 })],
})

function renderBooking(typeId: string) {
  const router = createMemoryRouter([{ path: '/psychologists/:id/book', Component: BookingPage }], {
    initialEntries: [`/psychologists/${PSY}/book?type=${typeId}`],
  })
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

async function chooseSlot(user: ReturnType<typeof userEvent.setup>, time: string) {
  const grid = await screen.findByRole('grid', { name: 'روزهای دارای زمان آزاد' })
  const day = await within(grid).findByRole('button', {
    name: 'سه‌شنبه ۱۲ اسفند ۱۴۰۴، زمان آزاد دارد',
  })
  await user.click(day)
  await user.click(await screen.findByRole('radio', { name: time }))
  await user.click(screen.getByRole('button', { name: 'ادامه' }))
}

describe('BookingPage', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T08:00:00Z'), toFake: ['Date'] })
    await i18n.changeLanguage('fa')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    vi.mocked(redirectToGateway).mockReset()
    sessionStorage.clear()
  })

  it('asks for the month in Tehran time, summarises in toman and sends the browser to the gateway', async () => {
    const api = fakeApi({
      ...baseReplies([availability([SLOT_10, SLOT_11])]),
      'POST /api/v1/appointments': [ok(appointment('pending', PRICED, 14_000_000), 201)],
      'POST /api/v1/payments/initiate': [
        ok({ transactionId: 't', redirectUrl: 'http://gateway.test/pay/S1' }),
      ],
    })
    const user = userEvent.setup()
    renderBooking(PRICED)

    await chooseSlot(user, '۱۰:۰۰')

    const summary = await screen.findByRole('heading', { name: 'بازبینی نوبت' })
    const section = summary.closest('section') as HTMLElement
    expect(within(section).getByText('مریم احمدی')).toBeTruthy()
    expect(within(section).getByText('سه‌شنبه ۱۲ اسفند ۱۴۰۴، ساعت ۱۰:۰۰')).toBeTruthy()
    expect(within(section).getByText('۱٬۴۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(await within(section).findByText(/۲۰ دقیقه برای شما نگه داشته می‌شود/)).toBeTruthy()
    expect(within(section).getByText(/تا ۴۸ ساعت پیش از جلسه .* مبلغ کامل بازگردانده/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'ثبت نوبت و پرداخت' }))

    await vi.waitFor(() =>
      expect(redirectToGateway).toHaveBeenCalledWith('http://gateway.test/pay/S1'),
    )
    const [asked] = api.calls(`GET /api/v1/professionals/${PSY}/availability`)
    expect(asked?.url.searchParams.get('sessionType')).toBe(PRICED)
    expect(asked?.url.searchParams.get('timeZone')).toBe('Asia/Tehran')
    expect(asked?.url.searchParams.get('from')).toBe('2026-03-01')
    expect(asked?.url.searchParams.get('to')).toBe('2026-03-20') // 29 Esfand, the month's end
    expect(api.calls('POST /api/v1/appointments')[0]?.body).toEqual({
      psychologistId: PSY,
      sessionTypeId: PRICED,
      startsAt: SLOT_10,
    })
    const [initiate] = api.calls('POST /api/v1/payments/initiate')
    expect(initiate?.body).toEqual({ appointmentId: appointment('pending', PRICED, 0).id })
    expect(initiate?.headers.get('Idempotency-Key')).toMatch(/^pay-[0-9a-f-]{36}$/)
  })

  it('retries a payment that did not start with the same Idempotency-Key, without booking again', async () => {
    const api = fakeApi({
      ...baseReplies([availability([SLOT_10])]),
      'POST /api/v1/appointments': [ok(appointment('pending', PRICED, 14_000_000), 201)],
      'POST /api/v1/payments/initiate': [
        {
          status: 502,
          body: {
            type: 'about:blank',
            title: 'x',
            status: 502,
            code: 'PAYMENT_GATEWAY_UNAVAILABLE',
            detail: 'درگاه پرداخت پاسخ نداد.',
          },
        },
        ok({ transactionId: 't', redirectUrl: 'http://gateway.test/pay/S2' }),
      ],
    })
    const user = userEvent.setup()
    renderBooking(PRICED)
    await chooseSlot(user, '۱۰:۰۰')
    await user.click(await screen.findByRole('button', { name: 'ثبت نوبت و پرداخت' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      'درگاه پرداخت پاسخ نداد. لطفاً دوباره تلاش کنید.',
    )
    await user.click(screen.getByRole('button', { name: 'تلاش دوباره برای پرداخت' }))

    await vi.waitFor(() =>
      expect(redirectToGateway).toHaveBeenCalledWith('http://gateway.test/pay/S2'),
    )
    expect(api.calls('POST /api/v1/appointments')).toHaveLength(1)
    const keys = api
      .calls('POST /api/v1/payments/initiate')
      .map((call) => call.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
  })

  it('shows SLOT_TAKEN from the API and offers the refreshed slots', async () => {
    const api = fakeApi({
      ...baseReplies([availability([SLOT_10, SLOT_11]), availability([SLOT_11])]),
      'POST /api/v1/appointments': [
        {
          status: 409,
          body: {
            type: 'about:blank',
            title: 'SLOT_TAKEN',
            status: 409,
            code: 'SLOT_TAKEN',
            detail: 'این زمان همین حالا رزرو شد. لطفاً زمان دیگری را انتخاب کنید.',
          },
        },
      ],
    })
    const user = userEvent.setup()
    renderBooking(PRICED)
    await chooseSlot(user, '۱۰:۰۰')
    await user.click(await screen.findByRole('button', { name: 'ثبت نوبت و پرداخت' }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('این زمان همین حالا رزرو شد.')
    expect(screen.getByRole('heading', { name: 'یک روز و ساعت انتخاب کنید' })).toBeTruthy()
    await vi.waitFor(() =>
      expect(api.calls(`GET /api/v1/professionals/${PSY}/availability`).length).toBeGreaterThan(1),
    )
    await user.click(
      await screen.findByRole('button', { name: 'سه‌شنبه ۱۲ اسفند ۱۴۰۴، زمان آزاد دارد' }),
    )
    await vi.waitFor(() => expect(screen.queryByRole('radio', { name: '۱۰:۰۰' })).toBeNull())
    expect(screen.getByRole('radio', { name: '۱۱:۰۰' })).toBeTruthy()
    expect(redirectToGateway).not.toHaveBeenCalled()
  })

  it('confirms a free session at once, with no payment', async () => {
    const api = fakeApi({
      ...baseReplies([availability([SLOT_10])]),
      'POST /api/v1/appointments': [ok(appointment('confirmed', FREE, 0), 201)],
    })
    const user = userEvent.setup()
    renderBooking(FREE)
    await chooseSlot(user, '۱۰:۰۰')
    expect(screen.getByText('رایگان')).toBeTruthy()
    // No money to promise back, and no payment hold: only what applies to a free session.
    const terms = await screen.findByTestId('booking-terms')
    expect(terms.textContent).toContain('هر مراجع یک جلسهٔ رایگان با هر روان‌شناس دارد')
    expect(terms.textContent).toContain('تا ۴۸ ساعت پیش از جلسه')
    expect(terms.textContent).not.toMatch(/بازگردانده|نگه داشته/)
    await user.click(await screen.findByRole('button', { name: 'ثبت نوبت' }))

    expect(await screen.findByRole('heading', { name: 'نوبت شما ثبت شد' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'نوبت‌های من' }).getAttribute('href')).toBe(
      '/appointments',
    )
    expect(api.calls('POST /api/v1/payments/initiate')).toHaveLength(0)
    expect(redirectToGateway).not.toHaveBeenCalled()
  })
})
