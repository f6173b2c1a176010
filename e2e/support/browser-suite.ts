import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, inject, it } from 'vitest'
import { launchChromium, noBrowserMessage } from './chromium.ts'

export const MOBILE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 800 }
/** The admin panel's second size: a tablet held upright. */
export const TABLET = { width: 820, height: 1180 }

export interface BrowserSuite {
  baseUrl: string
  /** A fresh context (own storage, own service workers) and a page in it; closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>
  /** Uncaught page errors and console errors seen by every page of the current test. */
  pageErrors: string[]
}

/**
 * A describe block whose tests share one Chromium. Without a browser it still registers a
 * single skipped test whose name says why, so the report never looks like a silent pass.
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  const chromiumPath = inject('chromiumPath')
  const baseUrl = inject('baseUrl')
  if (!chromiumPath || !baseUrl) {
    describe(name, () => {
      // Skipped only when no Chromium is found; its name carries the reason and the fix.
      it.skip(`skipped: ${noBrowserMessage()}`, () => {})
    })
    return
  }
  describe(name, () => {
    let browser: Browser | undefined
    const contexts: BrowserContext[] = []
    const suite: BrowserSuite = {
      baseUrl,
      pageErrors: [],
      async newPage(options = {}) {
        if (!browser) throw new Error('the browser did not start')
        const context = await browser.newContext({ viewport: MOBILE, ...options })
        contexts.push(context)
        const page = await context.newPage()
        page.on('pageerror', (error) => suite.pageErrors.push(error.message))
        page.on('console', (message) => {
          if (message.type() === 'error') suite.pageErrors.push(message.text())
        })
        return { context, page }
      },
    }
    beforeAll(async () => {
      browser = await launchChromium(chromiumPath)
    })
    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()))
      suite.pageErrors.length = 0
    })
    afterAll(async () => {
      await browser?.close()
    })
    body(suite)
  })
}
