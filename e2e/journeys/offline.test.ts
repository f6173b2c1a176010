import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'

describeInBrowser('offline app shell (service worker)', (suite) => {
  it('registers a service worker for the whole site and opens offline with a notice', async () => {
    const { context, page } = await suite.newPage()
    await page.goto(suite.baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()

    // Registered after the load event; installing fills the precache, so once the worker is
    // activated the shell and every static asset are cached.
    const scope = await page.evaluate(async () => {
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
})
