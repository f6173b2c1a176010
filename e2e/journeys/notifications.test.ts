import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { newPatient, pickFreeSlot } from '../support/patient-steps.ts'
import { signInWithCode } from '../support/sign-in.ts'

/** Dr. Maryam Ahmadi in the demo data; her priced session is paid in the sandbox. */
const MARYAM_PHONE = '+989120000101'
const MARYAM = 'مریم احمدی'
const PRICED_SESSION = 'جلسهٔ فردی آنلاین'

/** Where a slow run got to, in the test output. */
const step = (name: string) => console.info(`notifications e2e: ${name}`)

const fromPersianDigits = (text: string) =>
  text.replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))

/** The header bell: its name carries the unread count ("اعلان‌ها، ۳ خوانده‌نشده"). */
const bell = (page: Page) => page.getByRole('link', { name: /^اعلان‌ها(،|$)/ })

async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? ''
  const digits = fromPersianDigits(name).match(/\d+/)?.[0]
  return digits ? Number(digits) : 0
}

/** The patient books and pays Maryam's priced session, as in the booking journey. */
async function bookAndPay(page: Page, suite: BrowserSuite) {
  await page.goto(`${suite.baseUrl}/psychologists`)
  await page.getByRole('link', { name: MARYAM }).click()
  await page.getByRole('link', { name: `رزرو این جلسه: ${PRICED_SESSION}` }).click()
  await page.getByRole('heading', { name: 'یک روز و ساعت انتخاب کنید' }).waitFor()
  await pickFreeSlot(page)
  await page.getByRole('button', { name: 'ادامه' }).click()
  await page.getByRole('button', { name: 'ثبت نوبت و پرداخت' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/api/v1/payments/sandbox/'))
  await page.locator('#pay').click()
  await page.waitForURL((url) => url.pathname === '/payments/result')
  await page.getByRole('heading', { level: 1, name: 'پرداخت موفق بود' }).waitFor()
}

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const report = findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.targets.join('\n  ')}`)
  expect(report.join('\n'), `axe on ${screen}`).toBe('')
}

describeInBrowser('notifications', (suite) => {
  it('a patient books; the psychologist’s bell counts up live and the centre shows it', async () => {
    step('psychologist signs in')
    const staff = (await suite.newPage()).page
    await signInWithCode(staff, suite.baseUrl, MARYAM_PHONE)
    await staff.goto(`${suite.baseUrl}/agenda`)
    await bell(staff).waitFor()
    // Earlier journeys in the same run may have left her notifications: count from here.
    await staff.waitForLoadState('networkidle')
    const before = await unreadOnBell(staff)

    step('patient books and pays')
    const patient = await newPatient(suite)
    await bookAndPay(patient, suite)

    step('bell counts up without a reload')
    await expect
      .poll(() => unreadOnBell(staff), { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(before)
    const badge = staff.getByTestId('notification-badge')
    expect(await badge.textContent()).toMatch(/^[۰-۹]+\+?$/)
    await screenshotBothSizes(staff, 'notifications-bell-fa')

    step('the centre lists it, unread, under today')
    await bell(staff).click()
    await staff.getByRole('heading', { level: 1, name: 'اعلان‌ها' }).waitFor()
    const today = staff.getByRole('region', { name: /^امروز — / })
    const fresh = today.getByRole('link', { name: /خوانده‌نشده: قرار تازه/ }).first()
    await fresh.waitFor()
    await screenshotBothSizes(staff, 'notifications-centre-fa')
    await expectNoSeriousViolations(staff, '/notifications')

    step('opening it marks it read and goes to the appointment')
    const countBeforeOpening = await unreadOnBell(staff)
    await fresh.click()
    await staff.waitForURL((url) => url.pathname !== '/notifications')
    await expect.poll(() => unreadOnBell(staff), { timeout: 10_000 }).toBe(countBeforeOpening - 1)

    step('preferences screen')
    await staff.goto(`${suite.baseUrl}/settings#notifications`)
    await staff.getByRole('group', { name: 'یادآوری نوبت' }).waitFor()
    await screenshotBothSizes(staff, 'notifications-settings-fa')
    await expectNoSeriousViolations(staff, '/settings')
  }, 180_000)

  it('the service worker shows a pushed notification, and follows only app paths', async () => {
    // Chromium delivers the message to the worker itself (DevTools protocol), as a push
    // service would after decrypting it: no push service is reachable from a test, or from
    // many networks in Iran.
    const { context, page } = await suite.newPage()
    await context.grantPermissions(['notifications'], { origin: suite.baseUrl })
    await page.goto(suite.baseUrl)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    const cdp = await context.newCDPSession(page)
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((registration) => !registration.isDeleted)
        if (live) resolve(live.registrationId)
      })
    })
    await cdp.send('ServiceWorker.enable')
    const registrationId = await registered
    const push = (payload: object) =>
      cdp.send('ServiceWorker.deliverPushMessage', {
        origin: suite.baseUrl,
        registrationId,
        data: JSON.stringify(payload),
      })
    const shown = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready
        return (await registration.getNotifications()).map((notice) => ({
          title: notice.title,
          body: notice.body,
          tag: notice.tag,
          dir: notice.dir,
          lang: notice.lang,
          link: (notice.data as { link: string }).link,
        }))
      })

    const id = '00000000-0000-4000-8000-0000000000b1'
    await push({ id, title: 'قرار تازه', body: 'دوشنبه ساعت ۰۹:۰۰', link: '/agenda', lang: 'fa' })
    await expect.poll(shown, { timeout: 10_000 }).toEqual([
      {
        title: 'قرار تازه',
        body: 'دوشنبه ساعت ۰۹:۰۰',
        tag: id,
        dir: 'rtl',
        lang: 'fa',
        link: '/agenda',
      },
    ])

    const other = '00000000-0000-4000-8000-0000000000b2'
    await push({
      id: other,
      title: 'Hi',
      body: 'x',
      link: 'https://elsewhere.example/',
      lang: 'en',
    })
    await expect
      .poll(async () => (await shown()).find((notice) => notice.tag === other), { timeout: 10_000 })
      .toEqual({
        title: 'Hi',
        body: 'x',
        tag: other,
        dir: 'ltr',
        lang: 'en',
        link: '/notifications',
      })
  })
})
