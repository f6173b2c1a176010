import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { newPatient, pickFreeSlot } from '../support/patient-steps.ts'

const MARYAM = 'مریم احمدی'
const PRICED_SESSION = 'جلسهٔ فردی آنلاین'

interface AppointmentItem {
  id: string
  status: string
  startsAt: string
  psychologist: { id: string }
}

/** A visitor's session check answers 401, which Chromium logs; nothing else may fail. */
const unexpectedErrors = (suite: BrowserSuite) =>
  suite.pageErrors.filter((error) => !error.includes('status of 401'))

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const report = findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.targets.join('\n  ')}`)
  expect(report.join('\n'), `axe on ${screen}`).toBe('')
}

/** From the directory, filtered, to Maryam's booking page with her priced session chosen. */
async function openPricedBookingFromDirectory(page: Page, suite: BrowserSuite, shots: boolean) {
  await page.goto(`${suite.baseUrl}/psychologists`)
  await page.getByRole('heading', { level: 1, name: 'روان‌شناس خود را پیدا کنید' }).waitFor()
  await page.getByRole('link', { name: MARYAM }).waitFor()
  if (shots) {
    await screenshotBothSizes(page, 'directory-fa')
    await expectNoSeriousViolations(page, 'directory')
  }

  // Filters sit behind a button on a phone.
  await page.getByRole('button', { name: 'نمایش فیلترها' }).click()
  await page.getByLabel('موضوع', { exact: true }).selectOption('anxiety')
  await page.getByLabel('جنسیت روان‌شناس', { exact: true }).selectOption('female')
  await page.waitForURL((url) => url.searchParams.get('specialty') === 'anxiety')
  expect(new URL(page.url()).searchParams.get('gender')).toBe('female')
  await page.getByRole('link', { name: MARYAM }).click()

  await page.getByRole('heading', { level: 1, name: MARYAM }).waitFor()
  await page.getByRole('heading', { name: PRICED_SESSION }).waitFor()
  expect(await page.getByText('۱٬۴۰۰٬۰۰۰ تومان').count()).toBeGreaterThan(0)
  if (shots) {
    await screenshotBothSizes(page, 'profile-fa')
    await expectNoSeriousViolations(page, 'profile')
  }
  await page.getByRole('link', { name: `رزرو این جلسه: ${PRICED_SESSION}` }).click()
  await page.getByRole('heading', { name: 'یک روز و ساعت انتخاب کنید' }).waitFor()
}

async function bookChosenSlot(page: Page, shots: boolean) {
  const slot = await pickFreeSlot(page)
  if (shots) {
    await screenshotBothSizes(page, 'booking-slots-fa')
    await expectNoSeriousViolations(page, 'booking (slots)')
  }
  await page.getByRole('button', { name: 'ادامه' }).click()
  await page.getByRole('heading', { name: 'بازبینی نوبت' }).waitFor()
  await page.getByText('۱٬۴۰۰٬۰۰۰ تومان').first().waitFor()
  await page.getByText(/۱۵ دقیقه برای شما نگه داشته می‌شود/).waitFor()
  if (shots) {
    await screenshotBothSizes(page, 'booking-summary-fa')
    await expectNoSeriousViolations(page, 'booking (summary)')
  }
  await page.getByRole('button', { name: 'ثبت نوبت و پرداخت' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/api/v1/payments/sandbox/'))
  return slot
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b)

async function myAppointments(page: Page, baseUrl: string): Promise<AppointmentItem[]> {
  const response = await page.request.get(`${baseUrl}/api/v1/appointments?scope=upcoming&limit=50`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { items: AppointmentItem[] }).items
}

describeInBrowser('booking and payment', (suite) => {
  // Six screens at two sizes and four axe scans: longer than the default 60 s on a busy machine.
  it('a new patient finds a psychologist, books a priced session and pays', async () => {
    const page = await newPatient(suite)
    await openPricedBookingFromDirectory(page, suite, true)
    const slot = await bookChosenSlot(page, true)

    await page.locator('#pay').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    expect(new URL(page.url()).searchParams.get('status')).toBe('success')
    await page.getByRole('heading', { level: 1, name: 'پرداخت موفق بود' }).waitFor()
    await page.getByRole('heading', { name: 'رسید پرداخت' }).waitFor()
    await page.getByText('۱٬۴۰۰٬۰۰۰ تومان').first().waitFor()
    await page.getByText('۶۰۳۷****۱۲۳۴').first().waitFor()
    await page
      .getByText(/^SB[0-9a-f]{10}$/)
      .first()
      .waitFor()
    await screenshotBothSizes(page, 'payment-result-success-fa')

    const booked = (await myAppointments(page, suite.baseUrl)).find((a) =>
      sameInstant(a.startsAt, slot),
    )
    expect(booked?.status).toBe('confirmed')

    await page.getByRole('link', { name: 'همهٔ پرداخت‌ها' }).click()
    await page.getByRole('heading', { level: 1, name: 'پرداخت‌ها' }).waitFor()
    const receipt = page.getByRole('listitem').filter({ hasText: 'پرداخت نوبت' })
    await receipt.first().waitFor()
    expect(await receipt.count()).toBe(1)
    await receipt.getByText('۱٬۴۰۰٬۰۰۰ تومان').first().waitFor()
    await receipt.getByText('موفق', { exact: true }).waitFor()
    await screenshotBothSizes(page, 'payments-fa')

    await page.goto(`${suite.baseUrl}/dashboard`)
    await page.getByRole('heading', { name: 'نوبت بعدی' }).waitFor()
    await page.getByText(`با ${MARYAM}`).waitFor()
    await page.getByText('قطعی', { exact: true }).waitFor()
    await screenshotBothSizes(page, 'dashboard-fa')
    expect(unexpectedErrors(suite)).toEqual([])
  }, 180_000)

  it('the directory reads in English too', async () => {
    const { page } = await suite.newPage()
    await page.addInitScript(() => localStorage.setItem('yektayar.language', 'en'))
    await page.goto(`${suite.baseUrl}/psychologists?sort=price_asc`)

    await page.getByRole('heading', { level: 1, name: 'Find your psychologist' }).waitFor()
    await page.getByRole('link', { name: 'Maryam Ahmadi' }).waitFor()
    expect(await page.getByText('Verified').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('Sort by').inputValue()).toBe('price_asc')
    await screenshotBothSizes(page, 'directory-en')
    expect(unexpectedErrors(suite)).toEqual([])
  })
})
