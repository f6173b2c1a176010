import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser, MOBILE } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

const step = (name: string) => console.info(`phone without bridge e2e: ${name}`)

/**
 * The build the Android app wraps (packages/mobile-app), in a phone-sized browser with no
 * Capacitor bridge: everything native stays out of sight and out of the downloads, and the web
 * works as it always has (docs/MOBILE.md says what only a device can show).
 */
describeInBrowser('phone without the Capacitor bridge', (suite) => {
  it('signs in as usual, offers no app lock, and loads no native code', async () => {
    const { page } = await suite.newPage({ viewport: MOBILE })
    const scripts: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url())
    })

    step('sign in')
    await signInWithCode(page, suite.baseUrl, freshPhone())
    expect(await page.evaluate(() => 'Capacitor' in window)).toBe(false)

    step('settings')
    await page.goto(`${suite.baseUrl}/settings`)
    await page.getByRole('heading', { level: 2, name: 'دستگاه‌ها' }).waitFor()
    // The sections that work on the web are all there; the app's lock is not, nor its link.
    expect(await page.getByRole('heading', { name: 'قفل برنامه' }).count()).toBe(0)
    expect(await page.locator('#app-lock, a[href="#app-lock"]').count()).toBe(0)
    // The header clears the status bar where the page is drawn edge to edge (insets are 0 here).
    const headerPadding = await page.evaluate(
      () => getComputedStyle(document.querySelector('header') as Element).paddingTop,
    )
    expect(headerPadding).toBe('0px')
    await screenshotBothSizes(page, 'phone-no-bridge-settings-fa')

    step('no native code')
    await page.goto(`${suite.baseUrl}/dashboard`)
    await page.getByRole('navigation', { name: 'بخش‌های حساب' }).waitFor()
    const native = scripts.filter((url) =>
      /native-shell|app-lock|device-reminders|secure-storage|biometric|local-notifications/.test(
        url,
      ),
    )
    expect(native).toEqual([])
    expect(suite.pageErrors).toEqual([])
  }, 120_000)

  it('shows a link meant for the app as a way into the app or on into the browser', async () => {
    const { page } = await suite.newPage({ viewport: MOBILE })
    await page.goto(`${suite.baseUrl}/app/payments/result?status=failed`)
    const openApp = page.getByRole('link', { name: 'باز کردن در برنامه' })
    expect(await openApp.getAttribute('href')).toBe('yektayar://payments/result?status=failed')
    await screenshotBothSizes(page, 'phone-no-bridge-app-link-fa')

    await page.getByRole('link', { name: 'ادامه در مرورگر' }).click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    expect(new URL(page.url()).search).toBe('?status=failed')
    expect(suite.pageErrors).toEqual([])
  }, 60_000)

  it('serves no App Links statement while no signing certificate is configured', async () => {
    const response = await fetch(`${suite.baseUrl}/.well-known/assetlinks.json`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})
