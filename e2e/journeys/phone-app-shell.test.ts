import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { writeArtifact } from '../support/artifacts.ts'
import { describeInBrowser, MOBILE } from '../support/browser-suite.ts'
import { drawnPicture } from '../support/picture.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'
import { STAND_IN_CAPACITOR_BRIDGE } from '../support/stand-in-capacitor-bridge.ts'

const step = (name: string) => console.info(`phone app shell e2e: ${name}`)

/** The smallest PDF the server's type check accepts. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

/**
 * Sends a picture and a PDF in a new conversation and checks both reach the person without a
 * session cookie: the picture is drawn, and the PDF's link downloads.
 */
async function attachmentsLoadWithoutCookie(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/messages/new`)
  await page.getByRole('radio', { name: /^بالینی/ }).check()
  await page.getByLabel('پیام', { exact: true }).fill('سلام، نسخه و نامه را می‌فرستم.')
  await page.getByRole('button', { name: 'ارسال پیام' }).click()
  await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
  const picture = { ...(await drawnPicture(page)), name: 'نسخه.png' }
  await page
    .getByTestId('attach-input')
    .setInputFiles([picture, { name: 'نامه.pdf', mimeType: 'application/pdf', buffer: PDF }])
  const tray = page.getByRole('list', { name: 'فایل‌های پیوست' })
  await expect
    .poll(() => tray.locator('li[data-upload-status="ready"]').count(), { timeout: 20_000 })
    .toBe(2)
  await page.getByRole('button', { name: 'ارسال' }).click()

  const thumbnail = page.getByRole('button', { name: 'بزرگ کردن تصویر نسخه.png' }).locator('img')
  await thumbnail.waitFor({ timeout: 15_000 })
  await expect
    .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0)
  expect(await thumbnail.evaluate((img) => (img as HTMLImageElement).currentSrc)).toMatch(/\?sig=/)

  const card = page.getByRole('link', { name: 'دانلود نامه.pdf' })
  await expect.poll(() => card.getAttribute('href')).toMatch(/\?sig=/)
  const href = (await card.getAttribute('href')) ?? ''
  const signed = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'omit' })
    return { status: response.status, type: response.headers.get('content-type') }
  }, href)
  expect(signed).toEqual({ status: 200, type: 'application/pdf' })
  // The address without its signature needs a session, which nothing here sends.
  expect((await fetch(new URL(href.split('?')[0] ?? '', baseUrl))).status).toBe(401)
}

type BridgeCall = [plugin: string, method: string, options: Record<string, unknown>]
const bridgeCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { bridgeCalls: BridgeCall[] }).bridgeCalls)
const secureStore = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('fake-secure') ?? '{}') as object)

/**
 * The web build as the Android app runs it, with a stand-in for Capacitor's bridge (the
 * plugins are the edge): the session as a bearer token in secure storage, files that need it
 * through signed links, the app lock, and the shell's wiring. The real plugins on a device are outside what this can show (docs/MOBILE.md).
 */
describeInBrowser('the web build inside the Android shell (stand-in bridge)', (suite) => {
  it('signs in with a kept bearer token, shows attachments through signed links, and locks with a PIN', async () => {
    const { context, page } = await suite.newPage({ viewport: MOBILE })
    await context.addInitScript(STAND_IN_CAPACITOR_BRIDGE)
    const authorizations: string[] = []
    page.on('request', (request) => {
      const header = request.headers().authorization
      if (header && new URL(request.url()).pathname.startsWith('/api/')) authorizations.push(header)
    })

    step('sign in')
    await signInWithCode(page, suite.baseUrl, freshPhone())
    const token = Object.entries(await secureStore(page)).find(([key]) =>
      key.endsWith('session-token'),
    )
    expect(token, 'the session token in secure storage').toBeTruthy()
    expect(authorizations.at(-1)).toBe(`Bearer ${JSON.parse(String(token?.[1]))}`)
    const calls = await bridgeCalls(page)
    const called = (plugin: string, method: string, event?: string) =>
      calls.some(
        ([p, m, options]) =>
          p === plugin && m === method && (!event || options.eventName === event),
      )
    expect(called('App', 'addListener', 'backButton')).toBe(true)
    expect(called('App', 'addListener', 'appUrlOpen')).toBe(true)
    expect(called('StatusBar', 'setStyle')).toBe(true)

    step('edge to edge')
    // A status bar and a gesture bar over the page, as Chromium can pretend them.
    const cdp = await context.newCDPSession(page)
    const insets = await cdp
      .send(
        'Emulation.setSafeAreaInsetsOverride' as never,
        { insets: { top: 32, bottom: 24 } } as never,
      )
      .then(() => true)
      .catch(() => false)
    await page.goto(`${suite.baseUrl}/dashboard`)
    const tabBar = page.getByRole('navigation', { name: 'بخش‌های حساب' })
    await tabBar.waitFor()
    if (insets) {
      const padding = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('header') as Element).paddingTop,
        // The phone's tab bar: the last of the two navs (the desktop one is hidden).
        tabs: getComputedStyle(
          [...document.querySelectorAll('nav[aria-label="بخش‌های حساب"]')].at(-1) as Element,
        ).paddingBottom,
      }))
      expect(padding).toEqual({ header: '32px', tabs: '24px' })
    }
    writeArtifact('screenshots/app-shell-dashboard-insets-390x844.png', await page.screenshot())

    step('attachments through signed links')
    // The app's pages come from the device and the API from its host, so the session cookie
    // the sign-in also set here would never reach the API: without it only the bearer works.
    await context.clearCookies()
    await attachmentsLoadWithoutCookie(page, suite.baseUrl)
    expect(await context.cookies()).toEqual([])
    writeArtifact('screenshots/app-shell-attachments-390x844.png', await page.screenshot())

    step('app lock')
    await page.goto(`${suite.baseUrl}/settings#app-lock`)
    const section = page.getByRole('region', { name: 'قفل برنامه' })
    await section.getByRole('button', { name: 'قفل با رمز عددی' }).click()
    await section.getByLabel('رمز عددی (۴ تا ۸ رقم)').fill('2580')
    await section.getByLabel('تکرار رمز عددی').fill('2580')
    await section.getByRole('button', { name: 'ذخیرهٔ رمز' }).click()
    await section.getByText('قفل با رمز عددی روشن است.').waitFor()
    expect(JSON.stringify(await secureStore(page))).not.toContain('2580')
    writeArtifact('screenshots/app-shell-settings-lock-390x844.png', await page.screenshot())

    step('locked at start')
    await page.reload()
    await page.getByRole('heading', { name: 'یکتایار قفل است' }).waitFor()
    expect(await page.getByRole('heading', { name: 'قفل برنامه' }).isVisible()).toBe(false)
    writeArtifact('screenshots/app-shell-locked-390x844.png', await page.screenshot())
    await page.getByLabel('رمز عددی').fill('1111')
    await page.getByRole('button', { name: 'باز کردن' }).click()
    await page.getByText('رمز درست نیست.').waitFor()
    await page.getByLabel('رمز عددی').fill('2580')
    await page.getByRole('button', { name: 'باز کردن' }).click()
    await page.getByRole('heading', { name: 'قفل برنامه' }).waitFor()
    expect(suite.pageErrors).toEqual([])
  }, 180_000)
})
