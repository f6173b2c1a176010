import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Amir Nouri (Europe/Berlin, Monday to Friday 08:00–12:00): no other journey books him. */
const PSYCHOLOGIST_PHONE = '+989120000108'

interface Availability {
  sessionTypeId: string
  timeZone: string
  slots: { startsAt: string }[]
}

/** The civil day of an instant in a zone, as YYYY-MM-DD. */
function dayIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant))
}

/** What a patient (no session) is offered: GET /professionals/:id/availability, 14 days. */
async function publicSlotDays(baseUrl: string, id: string) {
  const response = await fetch(`${baseUrl}/api/v1/professionals/${id}/availability`)
  expect(response.status).toBe(200)
  const answer = (await response.json()) as Availability
  const days = new Set(answer.slots.map((slot) => dayIn(slot.startsAt, answer.timeZone)))
  return { ...answer, days: [...days].sort() }
}

/** The ISO weekday (1 = Monday) of a YYYY-MM-DD day. */
const isoWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7

/** Shows the month of `day` in a calendar grid, a month at a time, and returns its button. */
async function dayButton(page: Page, gridName: string, day: string) {
  const grid = page.getByRole('grid', { name: gridName })
  const button = grid.locator(`[data-day="${day}"]`)
  for (let step = 0; step < 3 && (await button.count()) === 0; step++) {
    const shown = (await grid.locator('[data-day]').first().getAttribute('data-day')) ?? ''
    await page.getByRole('button', { name: day < shown ? 'ماه قبل' : 'ماه بعد' }).click()
  }
  return button
}

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
    .join('\n')
}

/** Signs in through the Persian form (support/sign-in.ts) and starts the error log afresh. */
async function signIn(suite: BrowserSuite, page: Page, phone: string) {
  await signInWithCode(page, suite.baseUrl, phone)
  // Signed out, the session check answers 401 and Chromium logs it: expected, and not an error
  // of the pages under test, which are checked from here on.
  suite.pageErrors.length = 0
}

/** Shared by the tests below, which run in order: what the psychologist closed. */
const closed: { id?: string; sessionTypeId?: string; day?: string; friday?: string } = {}

describeInBrowser('psychologist working hours', (suite) => {
  // Two screenshots at both sizes, an axe scan and two saves: slow on a busy two-core machine.
  it('closes a day with free slots and removes Friday; patients are offered neither', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await suite.newPage()
    await signIn(suite, page, PSYCHOLOGIST_PHONE)
    const me = await context.request.get(`${suite.baseUrl}/api/v1/professionals/me`)
    expect(me.status()).toBe(200)
    const { id, rules } = (await me.json()) as { id: string; rules: { weekday: number }[] }
    expect(rules.some((rule) => rule.weekday === 5)).toBe(true)

    const before = await publicSlotDays(suite.baseUrl, id)
    // A weekday with free slots that is not a Friday, so the two changes are told apart.
    const day = before.days.find((candidate) => isoWeekday(candidate) !== 5)
    const friday = before.days.find((candidate) => isoWeekday(candidate) === 5)
    expect(day, 'the demo psychologist has free slots within two weeks').toBeDefined()
    expect(friday, 'and works on a Friday within two weeks').toBeDefined()
    Object.assign(closed, { id, sessionTypeId: before.sessionTypeId, day, friday })

    await page.goto(`${suite.baseUrl}/availability`)
    await page.getByRole('heading', { level: 1, name: 'ساعت‌های کاری' }).waitFor()
    await page.getByLabel('ساعت شروع بازهٔ ۱ در جمعه').waitFor()
    expect(await page.getByLabel('ساعت شروع بازهٔ ۱ در دوشنبه').inputValue()).toBe('۰۸:۰۰')
    await page.locator(`li[data-day="${day}"] li`).first().waitFor()
    await screenshotBothSizes(page, 'availability-fa')
    const findings = await seriousViolations(page)
    expect(describeFindings(findings), 'axe violations on /availability').toBe('')

    // A day off on `day`, through the Jalali calendar.
    await page.getByRole('button', { name: 'افزودن روز خاص' }).click()
    await (await dayButton(page, 'تاریخ روز خاص را انتخاب کنید', day as string)).click()
    expect(await page.getByRole('radio', { name: 'تعطیل در تمام روز' }).isChecked()).toBe(true)
    await page.getByLabel('یادداشت (اختیاری)').fill('همایش')
    await screenshotBothSizes(page, 'availability-override-form-fa')
    await page.getByRole('button', { name: 'ثبت روز خاص' }).click()
    await page.getByText('روز خاص ثبت شد.').waitFor()
    await page.getByRole('list', { name: 'روزهای خاص' }).getByText('همایش').waitFor()

    // Friday's hours removed from the weekly schedule, then saved.
    await page.getByRole('button', { name: /^حذف بازهٔ .* از جمعه$/ }).click()
    expect(await page.getByLabel('ساعت شروع بازهٔ ۱ در جمعه').count()).toBe(0)
    await page.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click()
    await page.getByText('ساعت‌های کاری و قواعد رزرو ذخیره شد.').waitFor()

    // The preview (the patients' own endpoint) shows both days without free times.
    for (const closedDay of [day, friday]) {
      const previewDay = page.locator(`li[data-day="${closedDay}"]`)
      // A Friday a week away is past the preview's seven days; the API check below covers it.
      if ((await previewDay.count()) === 0) continue
      await previewDay.getByText('نوبت آزاد ندارد').waitFor()
    }
    await screenshotBothSizes(page, 'availability-saved-fa')

    const after = await publicSlotDays(suite.baseUrl, id)
    expect(after.days).not.toContain(day)
    expect(after.days).not.toContain(friday)
    expect(after.days.length, 'other days still have free slots').toBeGreaterThan(0)

    // The change survives a reload: the saved week and the special date come back.
    await page.reload()
    await page.getByLabel('ساعت شروع بازهٔ ۱ در دوشنبه').waitFor()
    expect(await page.getByLabel('ساعت شروع بازهٔ ۱ در جمعه').count()).toBe(0)
    await page.getByRole('list', { name: 'روزهای خاص' }).getByText('همایش').waitFor()
    expect(suite.pageErrors).toEqual([])
  })

  it('the booking calendar offers the closed day no slots', { timeout: 120_000 }, async () => {
    // Depends on the first test: when it failed, this one fails too, saying so.
    if (!closed.id || !closed.day) throw new Error('the first test did not close a day')
    const { page } = await suite.newPage()
    await signIn(suite, page, freshPhone())
    await page.goto(`${suite.baseUrl}/psychologists/${closed.id}/book?type=${closed.sessionTypeId}`)
    await page.getByRole('grid', { name: 'روزهای دارای زمان آزاد' }).waitFor()

    // The patient's calendar is in Asia/Tehran; Berlin's working morning falls on the same day.
    const button = await dayButton(page, 'روزهای دارای زمان آزاد', closed.day as string)
    expect(await button.getAttribute('aria-disabled')).toBe('true')
    // And a day that still has slots is offered, so the check above is not vacuous.
    // Days as the patient's calendar shows them (Asia/Tehran), and the calendar may still be
    // loading that month's slots: wait for the day to be offered.
    const { slots } = await publicSlotDays(suite.baseUrl, closed.id as string)
    const openDay = slots.map((slot) => dayIn(slot.startsAt, 'Asia/Tehran')).sort()[0]
    if (openDay) {
      const openButton = await dayButton(page, 'روزهای دارای زمان آزاد', openDay)
      await expect
        .poll(() => openButton.getAttribute('aria-disabled'), { timeout: 15_000 })
        .toBeNull()
    }
    expect(suite.pageErrors).toEqual([])
  })
})
