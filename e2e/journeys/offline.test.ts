import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Resolves once the service worker controls the site with its precache filled. */
function serviceWorkerActivated(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve()
        })
      })
    }
    return registration.scope
  })
}

describeInBrowser('offline app shell (service worker)', (suite) => {
  it('registers a service worker for the whole site and opens offline with a notice', async () => {
    const { context, page } = await suite.newPage()
    await page.goto(suite.baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()

    // Registered after the load event; installing fills the precache, so once the worker is
    // activated the shell and every static asset are cached.
    const scope = await serviceWorkerActivated(page)
    expect(scope).toBe(`${suite.baseUrl}/`)

    await context.setOffline(true)
    await page.reload()
    await page
      .getByRole('heading', { level: 1, name: 'برای حال خوب، لازم نیست تنها باشید' })
      .waitFor()
    const notice = page.getByRole('status').filter({ hasText: 'اتصال اینترنت برقرار نیست.' })
    await notice.waitFor()
    await screenshotBothSizes(page, 'home-offline-fa')

    // A client-side route never visited online still opens from the cached shell.
    await page.goto(`${suite.baseUrl}/sign-in`)
    await page.getByRole('heading', { level: 1, name: 'ورود به یکتایار' }).waitFor()
    await notice.waitFor()

    // Server paths are not answered with the shell.
    await expect(page.goto(`${suite.baseUrl}/api/v1/anything`)).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED/,
    )

    await context.setOffline(false)
    await page.goto(suite.baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await notice.count()).toBe(0)
  })

  it('keeps a signed-in person signed in offline, with the screens they saw and what waits', async () => {
    const { context, page } = await suite.newPage()
    await signInWithCode(page, suite.baseUrl, freshPhone())
    await page.getByLabel('نام', { exact: true }).fill('نگار')
    await page.getByLabel('نام خانوادگی', { exact: true }).fill('تهرانی')
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click()
    await page.waitForURL((url) => url.pathname === '/dashboard')
    const greeting = page.getByRole('heading', { level: 1, name: 'سلام نگار' })
    await greeting.waitFor()
    await serviceWorkerActivated(page)

    // The screens seen online: the appointments list, then the dashboard again.
    await page.goto(`${suite.baseUrl}/appointments`)
    await page.getByRole('heading', { level: 1, name: 'نوبت‌های من' }).waitFor()
    const noAppointments = page.getByRole('heading', { name: 'نوبت پیش رویی ندارید' })
    await noAppointments.waitFor()
    await page.goto(`${suite.baseUrl}/dashboard`)
    await greeting.waitFor()
    // The copy is written a moment after the last answer arrives.
    await page.waitForTimeout(1_000)

    await context.setOffline(true)
    await page.reload()
    // Still signed in: the name, and no sign-in button in the header.
    await greeting.waitFor()
    const notice = page.getByRole('status').filter({ hasText: 'اتصال اینترنت برقرار نیست.' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain('به اینترنت نیاز دارد')
    expect(await page.getByRole('link', { name: 'ورود' }).count()).toBe(0)
    // Signing out needs the server: disabled, and it says why.
    const signOut = page.getByRole('button', { name: 'خروج' })
    expect(await signOut.isDisabled()).toBe(true)
    const reasonId = await signOut.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${reasonId}"]`).textContent()).toBe('به اینترنت نیاز دارد')
    await screenshotBothSizes(page, 'dashboard-offline-fa')

    await page.goto(`${suite.baseUrl}/appointments`)
    await page.getByRole('heading', { level: 1, name: 'نوبت‌های من' }).waitFor()
    await noAppointments.waitFor()
    await notice.waitFor()
    await screenshotBothSizes(page, 'appointments-offline-fa')

    // A screen never opened on this device says it needs a connection instead of spinning.
    await page.goto(`${suite.baseUrl}/payments`)
    await page.getByText('این بخش پیش‌تر روی این دستگاه باز نشده').waitFor()
    await screenshotBothSizes(page, 'payments-offline-fa')

    // Back online: fresh data, the notice gone, signing out possible again.
    await context.setOffline(false)
    await page.goto(`${suite.baseUrl}/dashboard`)
    await greeting.waitFor()
    await page.getByRole('button', { name: 'خروج' }).waitFor()
    expect(await page.getByRole('button', { name: 'خروج' }).isEnabled()).toBe(true)
    expect(await notice.count()).toBe(0)

    // Signing out leaves nothing of the person on the device.
    await page.getByRole('button', { name: 'خروج' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    expect(await page.evaluate(() => localStorage.getItem('yektayar.offline-copy'))).toBeNull()
  })
})
