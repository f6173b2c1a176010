import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { MyProfessionalProfile } from '@yektayar/shared'
import { addDays, dayKeyOf, i18n, initI18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { availabilityMessagesFa } from '../availability-messages-fa.ts'
import { AvailabilityPage } from './availability-page.tsx'

initI18n({ fa: { availability: availabilityMessagesFa }, en: {} })

type Reply = { status: number; body?: unknown }
type Handler = (request: { method: string; path: string; body: unknown }) => Reply | undefined

const ZONE = 'Asia/Tehran'
const today = () => dayKeyOf(Date.now(), ZONE)

function profile(overrides: Partial<MyProfessionalProfile> = {}): MyProfessionalProfile {
  return {
    id: '00000000-0000-4000-8000-000000000108',
    name: { fa: 'امیر نوری', en: 'Amir Nouri' },
    photoUrl: null,
    gender: 'male',
    yearsOfExperience: 11,
    specialties: [],
    approaches: [],
    languages: ['fa'],
    isVerified: true,
    modes: ['video'],
    minPriceIrr: 0,
    bioFa: '',
    bioEn: '',
    licenseNumber: null,
    officeAddress: null,
    rejectionReason: null,
    reviewedAt: null,
    sessionTypes: [
      {
        id: '00000000-0000-4000-8000-0000000000a1',
        nameFa: 'جلسهٔ فردی آنلاین',
        nameEn: 'Individual session (video)',
        durationMinutes: 50,
        mode: 'video',
        priceIrr: 20_000_000,
        isActive: true,
      },
    ],
    policy: {
      timeZone: ZONE,
      minNoticeMinutes: 240,
      bookingHorizonDays: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      slotStepMinutes: 60,
      blockHolidays: true,
    },
    roomUrl: null,
    rules: [
      { weekday: 6, start: '09:00', end: '13:00' },
      { weekday: 1, start: '16:00', end: '20:00' },
    ],
    overrides: [],
    ...overrides,
  }
}

/** A fake API: each request goes to the first handler that answers it; all are recorded. */
function fakeApi(...handlers: Handler[]) {
  const sent: { method: string; path: string; body: unknown }[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const request = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    }
    sent.push(request)
    const reply = handlers.map((handler) => handler(request)).find(Boolean) ?? { status: 500 }
    if (reply.status === 204) return new Response(null, { status: 204 })
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(reply.body ?? null), {
      status: reply.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  const bodiesOf = (method: string, path: string) =>
    sent.filter((r) => r.method === method && r.path === path).map((r) => r.body)
  return { sent, bodiesOf }
}

const ME = '/api/v1/professionals/me'
const PREVIEW = `/api/v1/professionals/${profile().id}/availability`

const answer =
  (method: string, path: string, reply: Reply | (() => Reply)): Handler =>
  (request) =>
    request.method === method && request.path === path
      ? typeof reply === 'function'
        ? reply()
        : reply
      : undefined

const previewOf = (slots: string[]) =>
  answer('GET', PREVIEW, {
    status: 200,
    body: {
      psychologistId: profile().id,
      sessionTypeId: profile().sessionTypes[0]?.id,
      durationMinutes: 50,
      timeZone: ZONE,
      from: new Date().toISOString(),
      to: new Date().toISOString(),
      slots: slots.map((startsAt) => ({ startsAt, endsAt: startsAt })),
    },
  })

const problem = (status: number, code: string): Reply => ({
  status,
  body: { type: 'about:blank', title: code, status, code },
})

function renderPage() {
  const router = createMemoryRouter([{ path: '/availability', Component: AvailabilityPage }], {
    initialEntries: ['/availability'],
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

// Typing into several fields takes a few seconds on a busy two-core machine.
describe('AvailabilityPage', { timeout: 60_000 }, () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists the week from Saturday with Persian digits and the saved hours', async () => {
    fakeApi(answer('GET', ME, { status: 200, body: profile() }), previewOf([]))
    renderPage()

    await screen.findByRole('heading', { level: 1, name: 'ساعت‌های کاری' })
    const days = await screen.findAllByRole('heading', { level: 3 })
    expect(days.slice(0, 2).map((day) => day.textContent)).toEqual(['شنبه', 'یکشنبه'])
    const start = screen.getByLabelText('ساعت شروع بازهٔ ۱ در شنبه') as HTMLInputElement
    expect(start.value).toBe('۰۹:۰۰')
    expect(screen.getAllByText('تعطیل').length).toBe(5)
  })

  it('refuses to save overlapping or reversed hours and saves once they are fixed', async () => {
    const api = fakeApi(
      answer('GET', ME, { status: 200, body: profile() }),
      answer('PUT', `${ME}/profile`, { status: 200, body: profile() }),
      answer('PUT', `${ME}/availability`, { status: 200, body: profile() }),
      previewOf([]),
    )
    const user = userEvent.setup()
    renderPage()

    await user.click(await screen.findByRole('button', { name: 'افزودن بازهٔ زمانی به شنبه' }))
    const newStart = screen.getByLabelText('ساعت شروع بازهٔ ۲ در شنبه')
    await user.clear(newStart)
    await user.type(newStart, '۱۲:۰۰')
    const sunday = screen.getByRole('button', { name: 'افزودن بازهٔ زمانی به یکشنبه' })
    await user.click(sunday)
    const sundayEnd = screen.getByLabelText('ساعت پایان بازهٔ ۱ در یکشنبه')
    await user.clear(sundayEnd)
    await user.type(sundayEnd, '08:00')

    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ تغییرات' }))

    expect(screen.getByText('این بازه با بازهٔ دیگری در همین روز هم‌پوشانی دارد.')).toBeTruthy()
    expect(screen.getByText('ساعت پایان باید بعد از ساعت شروع باشد.')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('پیش از ذخیره')
    expect(api.bodiesOf('PUT', `${ME}/availability`)).toEqual([])

    await user.clear(newStart)
    await user.type(newStart, '۱۳:۰۰')
    await user.clear(sundayEnd)
    await user.type(sundayEnd, '۱۳')
    await user.selectOptions(screen.getByLabelText('فاصلهٔ آزاد پیش از هر جلسه'), '15')
    await user.click(screen.getByRole('switch', { name: 'در تعطیلات رسمی ایران نوبت نده' }))
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ تغییرات' }))

    expect(await screen.findByText('ساعت‌های کاری و قواعد رزرو ذخیره شد.')).toBeTruthy()
    expect(api.bodiesOf('PUT', `${ME}/profile`)).toEqual([
      {
        timeZone: ZONE,
        minNoticeMinutes: 240,
        bookingHorizonDays: 30,
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 10,
        slotStepMinutes: 60,
        blockHolidays: false,
      },
    ])
    expect(api.bodiesOf('PUT', `${ME}/availability`)).toEqual([
      {
        rules: [
          { weekday: 1, start: '16:00', end: '20:00' },
          { weekday: 6, start: '09:00', end: '13:00' },
          { weekday: 6, start: '13:00', end: '17:00' },
          { weekday: 7, start: '09:00', end: '13:00' },
        ],
      },
    ])
  })

  it('shows a refused save by its error code, in Persian', async () => {
    fakeApi(
      answer('GET', ME, { status: 200, body: profile() }),
      answer('PUT', `${ME}/profile`, problem(403, 'FORBIDDEN')),
      previewOf([]),
    )
    const user = userEvent.setup()
    renderPage()

    await user.click(await screen.findByRole('button', { name: 'ذخیرهٔ تغییرات' }))

    expect((await screen.findByRole('alert')).textContent).toBe('اجازهٔ انجام این کار را ندارید.')
  })

  it("puts the server's field error on the window it names, counted in the API's order", async () => {
    const refusal = problem(400, 'VALIDATION_FAILED')
    refusal.body = {
      ...(refusal.body as object),
      errors: [{ path: 'body.rules.1.end', message: 'Invalid' }],
    }
    fakeApi(
      answer('GET', ME, { status: 200, body: profile() }),
      answer('PUT', `${ME}/profile`, { status: 200, body: profile() }),
      answer('PUT', `${ME}/availability`, refusal),
      previewOf([]),
    )
    const user = userEvent.setup()
    renderPage()

    // The API orders windows by weekday from Monday: rule 1 is Saturday's, shown first here.
    await user.click(await screen.findByRole('button', { name: 'ذخیرهٔ تغییرات' }))

    const end = screen.getByLabelText('ساعت پایان بازهٔ ۱ در شنبه')
    await vi.waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'))
    expect(
      screen.getByLabelText('ساعت شروع بازهٔ ۱ در شنبه').getAttribute('aria-invalid'),
    ).toBeNull()
    expect(
      screen.getByLabelText('ساعت پایان بازهٔ ۱ در دوشنبه').getAttribute('aria-invalid'),
    ).toBeNull()
  })

  it('moves focus to the first problem as the week reads, Saturday first', async () => {
    fakeApi(answer('GET', ME, { status: 200, body: profile() }), previewOf([]))
    const user = userEvent.setup()
    renderPage()

    const monday = await screen.findByLabelText('ساعت پایان بازهٔ ۱ در دوشنبه')
    await user.clear(monday)
    await user.type(monday, '۲۵')
    const saturday = screen.getByLabelText('ساعت پایان بازهٔ ۱ در شنبه')
    await user.clear(saturday)
    await user.type(saturday, '۲۶')
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ تغییرات' }))

    await vi.waitFor(() => expect(document.activeElement).toBe(saturday))
  })

  it('closes a chosen day with an override and shows it in the list', async () => {
    let overrides: MyProfessionalProfile['overrides'] = []
    const day = today()
    const api = fakeApi(
      answer('GET', ME, () => ({ status: 200, body: profile({ overrides }) })),
      answer('POST', `${ME}/overrides`, () => {
        overrides = [
          {
            id: '00000000-0000-4000-8000-0000000000f1',
            date: day,
            kind: 'unavailable',
            start: null,
            end: null,
            note: 'سفر',
          },
        ]
        return { status: 201, body: overrides[0] }
      }),
      previewOf([]),
    )
    const user = userEvent.setup()
    renderPage()

    expect(await screen.findByText('روز خاصی ثبت نشده است.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'افزودن روز خاص' }))
    await user.click(screen.getByRole('button', { name: 'ثبت روز خاص' }))
    expect((await screen.findByRole('alert')).textContent).toBe('یک تاریخ از تقویم انتخاب کنید.')

    const grid = screen.getByRole('grid', { name: 'تاریخ روز خاص را انتخاب کنید' })
    const dayButton = grid.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)
    await user.click(dayButton as HTMLButtonElement)
    await user.type(screen.getByLabelText('یادداشت (اختیاری)'), 'سفر')
    await user.click(screen.getByRole('button', { name: 'ثبت روز خاص' }))

    expect(await screen.findByText('روز خاص ثبت شد.')).toBeTruthy()
    expect(api.bodiesOf('POST', `${ME}/overrides`)).toEqual([
      { date: day, kind: 'unavailable', note: 'سفر' },
    ])
    const list = await screen.findByRole('list', { name: 'روزهای خاص' })
    expect(within(list).getByText('تعطیل')).toBeTruthy()
    expect(within(list).getByText('سفر')).toBeTruthy()
  })

  it('asks for extra hours in order before sending them', async () => {
    const api = fakeApi(
      answer('GET', ME, { status: 200, body: profile() }),
      answer('POST', `${ME}/overrides`, problem(400, 'VALIDATION_FAILED')),
      previewOf([]),
    )
    const user = userEvent.setup()
    renderPage()

    await user.click(await screen.findByRole('button', { name: 'افزودن روز خاص' }))
    const grid = screen.getByRole('grid')
    await user.click(grid.querySelector(`[data-day="${today()}"]`) as HTMLButtonElement)
    await user.click(screen.getByRole('radio', { name: 'ساعت‌های اضافه' }))
    const until = screen.getByLabelText('تا ساعت')
    await user.clear(until)
    await user.type(until, '۰۸:۰۰')
    await user.click(screen.getByRole('button', { name: 'ثبت روز خاص' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      'ساعت پایان باید بعد از ساعت شروع باشد.',
    )
    expect(api.bodiesOf('POST', `${ME}/overrides`)).toEqual([])

    await user.clear(until)
    await user.type(until, '۱۸:۳۰')
    await user.click(screen.getByRole('button', { name: 'ثبت روز خاص' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'بعضی از اطلاعات واردشده درست نیست.',
    )
    expect(api.bodiesOf('POST', `${ME}/overrides`)).toEqual([
      { date: today(), kind: 'available', start: '09:00', end: '18:30' },
    ])
  })

  it('previews the coming week as patients see it', async () => {
    // 10:00 Tehran time tomorrow is 06:30 UTC.
    const tomorrow = addDays(today(), 1)
    fakeApi(
      answer('GET', ME, { status: 200, body: profile() }),
      previewOf([`${tomorrow}T06:30:00.000Z`, `${tomorrow}T07:30:00.000Z`]),
    )
    renderPage()

    const day = await screen.findByText('۲ نوبت آزاد')
    const item = day.closest('li') as HTMLElement
    expect(item.dataset.day).toBe(tomorrow)
    expect(within(item).getByText('۱۰:۰۰')).toBeTruthy()
    expect(within(item).getByText('۱۱:۰۰')).toBeTruthy()
    expect(screen.getAllByText('نوبت آزاد ندارد')).toHaveLength(6)
  })
})
