import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Nazanin Karimi (Asia/Tehran) offers a free 20-minute intro: booked without a payment. */
const PSYCHOLOGIST_PHONE = '+989120000103'
const PSYCHOLOGIST_NAME = 'نازنین کریمی'
const HOUR = 3_600_000
/** Long journeys (screenshots at two sizes, axe scans) on a busy two-core machine. */
const JOURNEY_TIMEOUT = 180_000

interface Appointment {
  id: string
  status: string
  startsAt: string
  cancelReason: string | null
}

/** The API as the signed-in page's own cookies see it, CSRF header included for writes. */
function apiOf(context: BrowserContext, baseUrl: string) {
  const csrf = async () =>
    (await context.cookies(baseUrl)).find((cookie) => cookie.name === 'yy_csrf')?.value ?? ''
  return {
    async get<T>(path: string): Promise<T> {
      const response = await context.request.get(`${baseUrl}${path}`)
      expect(response.status(), `GET ${path}`).toBe(200)
      return (await response.json()) as T
    },
    async send<T>(method: 'POST' | 'PATCH', path: string, data: object) {
      const response = await context.request.fetch(`${baseUrl}${path}`, {
        method,
        data,
        headers: { 'x-csrf-token': await csrf() },
      })
      return { status: response.status(), body: (await response.json()) as T }
    },
  }
}

type Api = ReturnType<typeof apiOf>

/** The demo psychologist's id, free session type and free starts at least two days away. */
async function freeIntroSlots(api: Api) {
  const page = await api.get<{ items: { id: string; name: { fa: string } }[] }>(
    '/api/v1/professionals?limit=50',
  )
  const psychologist = page.items.find((item) => item.name.fa === PSYCHOLOGIST_NAME)
  expect(psychologist, 'the demo psychologist is in the directory').toBeDefined()
  const id = psychologist?.id ?? ''
  const detail = await api.get<{ sessionTypes: { id: string; priceIrr: number }[] }>(
    `/api/v1/professionals/${id}`,
  )
  const free = detail.sessionTypes.find((type) => type.priceIrr === 0)
  expect(free, 'the demo psychologist has a free session type').toBeDefined()
  const sessionTypeId = free?.id ?? ''
  const availability = await api.get<{ slots: { startsAt: string }[] }>(
    `/api/v1/professionals/${id}/availability?sessionType=${sessionTypeId}`,
  )
  // Past the 24-hour free-cancel window, so the patient may still move and cancel it.
  const slots = availability.slots
    .map((slot) => slot.startsAt)
    .filter((startsAt) => Date.parse(startsAt) > Date.now() + 48 * HOUR)
  expect(slots.length, 'free intro slots two or more days ahead').toBeGreaterThan(3)
  return { psychologistId: id, sessionTypeId, slots }
}

/** Books one of `slots` (the last free ones first: other journeys take the early ones). */
async function bookOneOf(api: Api, psychologistId: string, sessionTypeId: string, slots: string[]) {
  for (const startsAt of [...slots].reverse()) {
    const booked = await api.send<Appointment>('POST', '/api/v1/appointments', {
      psychologistId,
      sessionTypeId,
      startsAt,
    })
    if (booked.status === 201) return booked.body
    expect(booked.status, 'only a taken slot may refuse the booking').toBe(409)
  }
  throw new Error('no free intro slot could be booked')
}

/** The civil day of an instant in Tehran, as YYYY-MM-DD. */
const tehranDay = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date(instant))

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
    .join('\n')
}

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings = await seriousViolations(page)
  expect(describeFindings(findings), `axe violations on ${screen}`).toBe('')
}

/** Signed out, the session check answers 401 and Chromium logs it: expected, nothing else. */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((error) => !error.includes('status of 401'))

/** Shows the month of `day` in the calendar grid, moving forward a month at a time. */
async function dayButton(page: Page, gridName: string, day: string) {
  const button = page.getByRole('grid', { name: gridName }).locator(`[data-day="${day}"]`)
  for (let step = 0; step < 3 && (await button.count()) === 0; step++) {
    await page.getByRole('button', { name: 'ماه بعد' }).click()
  }
  return button
}

/** Shared by the tests below, which run in order. */
const journey: {
  /** The patient's signed-in cookies: signing in again would wait out the code cooldown. */
  patient?: BrowserContextOptions['storageState']
  appointmentId?: string
  day?: string
} = {}

describeInBrowser('appointments and agenda', (suite) => {
  it(
    'a patient sees the upcoming session, moves it, cancels it and finds it under past',
    async () => {
      const { context, page } = await suite.newPage()
      const phone = freshPhone()
      await signInWithCode(page, suite.baseUrl, phone)
      const api = apiOf(context, suite.baseUrl)
      const named = await api.send('PATCH', '/api/v1/users/me', {
        profile: {
          firstName: 'نگار',
          lastName: 'تهرانی',
          firstNameEn: 'Negar',
          lastNameEn: 'Tehrani',
        },
      })
      expect(named.status).toBe(200)
      const { psychologistId, sessionTypeId, slots } = await freeIntroSlots(api)
      const booked = await bookOneOf(api, psychologistId, sessionTypeId, slots)
      expect(booked.status).toBe('confirmed')

      // The list: upcoming, with the psychologist, the Jalali date and the "free" price.
      await page.goto(`${suite.baseUrl}/appointments`)
      await page.getByRole('heading', { level: 1, name: 'نوبت‌های من' }).waitFor()
      const card = page.locator(`a[href="/appointments/${booked.id}"]`)
      await card.waitFor()
      expect(await card.textContent()).toContain(`با ${PSYCHOLOGIST_NAME}`)
      expect(await card.textContent()).toContain('قطعی')
      expect(await card.textContent()).toContain('رایگان')
      expect(await card.textContent()).toMatch(/[۰-۹]/)
      await screenshotBothSizes(page, 'appointments-fa')
      await expectNoSeriousViolations(page, '/appointments')

      // The past tab is empty for a new patient.
      await page.getByRole('link', { name: 'گذشته' }).click()
      await page.getByRole('heading', { name: 'هنوز جلسهٔ گذشته‌ای ندارید' }).waitFor()
      await page.getByRole('link', { name: 'پیش رو' }).click()

      // The detail page.
      await page.locator(`a[href="/appointments/${booked.id}"]`).click()
      await page.getByRole('heading', { level: 1, name: `جلسه با ${PSYCHOLOGIST_NAME}` }).waitFor()
      await page.getByText('تماس تصویری').first().waitFor()
      await screenshotBothSizes(page, 'appointment-detail-patient-fa')
      await expectNoSeriousViolations(page, '/appointments/:id (patient)')

      // Reschedule to another free time through the Jalali calendar and the slot picker.
      const target = slots.find(
        (slot) => slot !== booked.startsAt && tehranDay(slot) !== tehranDay(booked.startsAt),
      ) as string
      expect(target).toBeDefined()
      await page.getByRole('button', { name: 'تغییر زمان' }).click()
      const grid = 'روزهای دارای زمان آزاد'
      await page.getByRole('grid', { name: grid }).waitFor()
      const day = await dayButton(page, grid, tehranDay(target))
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.getAttribute('aria-disabled') !== 'true',
        `[data-day="${tehranDay(target)}"]`,
      )
      await day.click()
      await page.locator('label', { has: page.locator(`input[value="${target}"]`) }).click()
      await screenshotBothSizes(page, 'appointment-reschedule-fa')
      await page.getByRole('button', { name: 'ثبت زمان تازه' }).click()
      await page.getByText('زمان جلسه تغییر کرد.').waitFor()
      const moved = await api.get<Appointment>(`/api/v1/appointments/${booked.id}`)
      expect(moved.startsAt).toBe(target)

      // Cancel: the dialog says what it costs before anything is sent.
      await page.getByRole('button', { name: 'لغو نوبت' }).click()
      const terms = page.getByTestId('cancel-terms')
      await terms.waitFor()
      expect(await terms.textContent()).toContain('این جلسه رایگان است؛ لغو آن هزینه‌ای ندارد.')
      // The reason is optional; this patient gives one, and the other side will see it.
      await page.getByLabel('دلیل لغو (اختیاری)').fill('سفر کاری پیش آمد')
      await screenshotBothSizes(page, 'appointment-cancel-fa')
      await expectNoSeriousViolations(page, 'the cancel dialog')
      await page.getByRole('button', { name: 'بله، نوبت لغو شود' }).click()
      await page.getByText('نوبت لغو شد.').waitFor()
      await page.getByText('دلیل: سفر کاری پیش آمد').waitFor()
      expect(await page.getByRole('button', { name: 'لغو نوبت' }).count()).toBe(0)
      const cancelled = await api.get<Appointment>(`/api/v1/appointments/${booked.id}`)
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'سفر کاری پیش آمد' })

      // A cancelled session leaves «پیش رو» for «گذشته», as the past tab's hint says.
      await page.goto(`${suite.baseUrl}/appointments`)
      await page.getByRole('heading', { name: 'نوبت پیش رویی ندارید' }).waitFor()
      await page.getByRole('link', { name: 'گذشته' }).click()
      await page.locator(`a[href="/appointments/${booked.id}"]`).waitFor()
      await screenshotBothSizes(page, 'appointments-past-cancelled-fa')

      // A second session, for the psychologist's side below.
      const rest = slots.filter((slot) => slot !== target && slot !== booked.startsAt)
      const second = await bookOneOf(api, psychologistId, sessionTypeId, rest.slice(0, -1))
      Object.assign(journey, {
        patient: await context.storageState(),
        appointmentId: second.id,
        day: tehranDay(second.startsAt),
      })
      expect(unexpectedErrors(suite.pageErrors)).toEqual([])
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'the psychologist finds it in the agenda and writes a private and a shared note',
    async () => {
      // Depends on the first test: when it failed, this one fails too, saying so.
      if (!journey.appointmentId || !journey.day) throw new Error('the first test booked nothing')
      const { page } = await suite.newPage()
      await signInWithCode(page, suite.baseUrl, PSYCHOLOGIST_PHONE)
      const entry = `a[href="/appointments/${journey.appointmentId}"]`

      // Week view, moving forward from this week to the session's week.
      await page.goto(`${suite.baseUrl}/agenda`)
      await page.getByRole('heading', { level: 1, name: 'برنامهٔ جلسات' }).waitFor()
      const weekToggle = page.getByRole('button', { name: 'هفته', exact: true })
      expect(await weekToggle.getAttribute('aria-pressed')).toBe('true')
      const daySection = page.locator(`section[data-day="${journey.day}"]`)
      const firstDay = () => page.locator('section[data-day]').first().getAttribute('data-day')
      // The days appear once the week's sessions have loaded; each step waits for the next week.
      await page.locator('section[data-day]').first().waitFor()
      for (let step = 0; step < 3 && (await daySection.count()) === 0; step++) {
        const before = await firstDay()
        await page.getByRole('button', { name: 'هفتهٔ بعد' }).click()
        await page.waitForFunction(
          (shown) =>
            document.querySelector('section[data-day]')?.getAttribute('data-day') !== shown,
          before,
        )
      }
      await daySection.locator(entry).waitFor()
      expect(await page.locator('section[data-day]').count()).toBe(7)
      expect(await daySection.locator(entry).textContent()).toContain('نگار تهرانی')
      await screenshotBothSizes(page, 'agenda-week-fa')
      await expectNoSeriousViolations(page, '/agenda (week)')

      // Day view of that day: the same session, alone on screen.
      await page.getByRole('button', { name: 'روز', exact: true }).click()
      await page.getByRole('button', { name: 'روز بعد' }).waitFor()
      expect(await page.locator('section[data-day]').count()).toBe(1)
      await page.goto(`${suite.baseUrl}/agenda?view=day&day=${journey.day}`)
      await page.locator(entry).waitFor()
      expect(await page.locator('section[data-day]').count()).toBe(1)
      await screenshotBothSizes(page, 'agenda-day-fa')
      await expectNoSeriousViolations(page, '/agenda (day)')

      // The appointment, from the psychologist's side.
      await page.locator(entry).click()
      await page.getByRole('heading', { level: 1, name: 'جلسه با نگار تهرانی' }).waitFor()
      expect(await page.getByRole('button', { name: 'لغو نوبت' }).count()).toBe(1)
      // It has not started yet, so there is no outcome to record.
      expect(await page.getByRole('button', { name: 'جلسه برگزار شد' }).count()).toBe(0)

      await page.getByLabel('متن یادداشت').fill('یادداشت خصوصی: اضطراب اجتماعی، پیگیری در جلسهٔ بعد')
      await page.getByRole('button', { name: 'ذخیرهٔ یادداشت' }).click()
      await page.getByText('یادداشت ذخیره شد.').waitFor()
      await page.getByText('یادداشت خصوصی: اضطراب اجتماعی').waitFor()

      await page.getByLabel('متن یادداشت').fill('تمرین تنفس را هر روز ده دقیقه انجام دهید.')
      await page.getByRole('radio', { name: 'من و مراجع (مشترک)' }).check()
      await page.getByRole('button', { name: 'ذخیرهٔ یادداشت' }).click()
      const notes = page.getByRole('list', { name: 'یادداشت‌های این جلسه' })
      await notes.getByText('تمرین تنفس را هر روز').waitFor()
      expect(await notes.getByText('خصوصی', { exact: true }).count()).toBe(1)
      expect(await notes.getByText('مشترک با مراجع').count()).toBe(1)
      await screenshotBothSizes(page, 'appointment-detail-psychologist-fa')
      await expectNoSeriousViolations(page, '/appointments/:id (psychologist)')
      expect(unexpectedErrors(suite.pageErrors)).toEqual([])
    },
    JOURNEY_TIMEOUT,
  )

  it(
    'the patient reads the shared note only',
    async () => {
      if (!journey.patient || !journey.appointmentId)
        throw new Error('the first test booked nothing')
      const { page } = await suite.newPage({ storageState: journey.patient })
      await page.goto(`${suite.baseUrl}/appointments/${journey.appointmentId}`)
      await page.getByRole('heading', { name: 'یادداشت‌های روان‌شناس' }).waitFor()
      await page.getByText('تمرین تنفس را هر روز ده دقیقه انجام دهید.').waitFor()
      expect(await page.getByText('یادداشت خصوصی').count()).toBe(0)
      expect(await page.getByLabel('متن یادداشت').count()).toBe(0)
      await screenshotBothSizes(page, 'appointment-detail-shared-note-fa')
      await expectNoSeriousViolations(page, '/appointments/:id (shared note)')
      expect(unexpectedErrors(suite.pageErrors)).toEqual([])
    },
    JOURNEY_TIMEOUT,
  )
})
