import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { BrowserSuite } from './browser-suite.ts'
import { freshPhone, signInWithCode } from './sign-in.ts'

/** A new patient, signed in by SMS code; the welcome form (when there is one) is filled in. */
export async function newPatient(suite: BrowserSuite, phone = freshPhone()): Promise<Page> {
  const { page } = await suite.newPage()
  await signInWithCode(page, suite.baseUrl, phone)
  // Another feature asks a new account for its name first; without it, the app goes on.
  if (new URL(page.url()).pathname === '/welcome') {
    await page.getByLabel('نام', { exact: true }).fill('سارا')
    await page.getByLabel('نام خانوادگی', { exact: true }).fill('آزمایشی')
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click()
    await page.waitForURL((url) => url.pathname !== '/welcome')
  }
  return page
}

/**
 * Picks a day with free times (moving on a month when this one has none) and its first time.
 * `minDaysAhead` skips days closer than that, e.g. to stay outside a cancellation window.
 */
export async function pickFreeSlot(page: Page, minDaysAhead = 0): Promise<string> {
  const grid = page.getByRole('grid', { name: 'روزهای دارای زمان آزاد' })
  await grid.waitFor()
  const earliest = new Date(Date.now() + minDaysAhead * 86_400_000).toISOString().slice(0, 10)
  const freeDays = grid.locator('button[data-day]:not([aria-disabled])')
  // The month's slots arrive after the grid: give them time, then try the next month.
  for (let month = 0; month < 3; month++) {
    const found = await freeDays
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    const days = found ? await freeDays.evaluateAll((all) => all.map((b) => b.dataset.day)) : []
    const day = days.find((d) => d !== undefined && d >= earliest)
    if (day) {
      await grid.locator(`button[data-day="${day}"]`).click()
      break
    }
    await page.getByRole('button', { name: 'ماه بعد' }).click()
  }
  const firstTime = page.locator('input[type="radio"]').first()
  await firstTime.waitFor({ state: 'attached' })
  const slot = (await firstTime.getAttribute('value')) ?? ''
  await page.locator('label:has(input[type="radio"])').first().click()
  expect(await firstTime.isChecked()).toBe(true)
  return slot
}
