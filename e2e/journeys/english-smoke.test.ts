import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { codeSentAfter, freshPhone } from '../support/sign-in.ts'

/**
 * Every page in English: an English h1, left to right, no page errors and no message key left
 * untranslated. A route that answers with the not-found page is reported as not built yet
 * (another feature may not be merged) rather than failed; every other problem fails the test,
 * with one line per route.
 */

const VISITOR_ROUTES = ['/', '/sign-in', '/psychologists']
const PATIENT_ROUTES = ['/dashboard', '/appointments', '/messages', '/settings']
const PSYCHOLOGIST_ROUTES = ['/agenda', '/availability', '/practice']

const SARA = '+989120000002'
// Tried in order: another journey may have just asked a code for one (60 s per-person cool-down).
const PSYCHOLOGISTS = ['+989120000107', '+989120000106', '+989120000105']

const NOT_FOUND_TITLE = 'We could not find this page'
const PERSIAN_SCRIPT = /[\u0600-\u06FF]/
// A message key shown as text: a feature namespace and a path, e.g. "booking.slot.title".
const NAMESPACES =
  'shell|home|auth|availability|practiceProfile|booking|directory|dashboard|appointments|messages|settings|payments|agenda|inbox|notes|profile|errors|ui|common|calendar|slots|signIn'
const KEY_PATH = new RegExp(`\\b(?:${NAMESPACES})\\.[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*`, 'g')

interface RouteResult {
  route: string
  missing: boolean
  problems: string[]
}

async function checkRoute(
  page: Page,
  suite: BrowserSuite,
  route: string,
  signedOut: boolean,
): Promise<RouteResult> {
  const errorsBefore = suite.pageErrors.length
  const problems: string[] = []
  await page.goto(`${suite.baseUrl}${route}`)
  const notFound = page.getByRole('heading', { name: NOT_FOUND_TITLE })
  const heading = page.locator('h1').first()
  try {
    await heading.or(notFound).first().waitFor({ timeout: 20_000 })
  } catch {
    return { route, missing: false, problems: ['no h1 appeared within 20 s'] }
  }
  if (await notFound.isVisible()) return { route, missing: true, problems: [] }
  // Let data-driven content (lists, empty states) arrive before reading the page's text.
  await page
    .getByText('Loading…')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => problems.push('still loading after 10 s'))

  const seen = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps line breaks between blocks, so "…messages." and the next line never read as one "messages.x" key.
    text: document.body.innerText,
  }))
  if (seen.dir !== 'ltr') problems.push(`dir is "${seen.dir}"`)
  if (seen.lang !== 'en') problems.push(`lang is "${seen.lang}"`)
  if (!/[A-Za-z]/.test(seen.h1) || PERSIAN_SCRIPT.test(seen.h1)) {
    problems.push(`h1 is not English: "${seen.h1}"`)
  }
  const keys = [...new Set(seen.text.match(KEY_PATH) ?? [])]
  if (keys.length) problems.push(`untranslated keys: ${keys.join(', ')}`)
  // A visitor's session check answers 401, which Chromium logs; that is the expected answer.
  const errors = suite.pageErrors
    .slice(errorsBefore)
    .filter((error) => !(signedOut && error.includes('status of 401')))
  if (errors.length) problems.push(`page errors: ${errors.join(' | ')}`)
  return { route, missing: false, problems }
}

/** Checks every route, then fails once, naming each route that failed and how. */
async function checkRoutes(page: Page, suite: BrowserSuite, routes: string[], signedOut = false) {
  const results: RouteResult[] = []
  for (const route of routes) results.push(await checkRoute(page, suite, route, signedOut))
  const missing = results.filter((result) => result.missing).map((result) => result.route)
  if (missing.length) console.warn(`english smoke: not built yet (404): ${missing.join(', ')}`)
  const failed = results
    .filter((result) => result.problems.length)
    .map((result) => `${result.route}: ${result.problems.join('; ')}`)
  expect(failed.join('\n'), 'routes failing the English smoke check').toBe('')
}

/**
 * Signs in with the first phone whose code request the server accepts (the Persian form, as
 * in support/sign-in.ts), then switches the app to English for the pages that follow.
 */
async function signInAsOneOf(suite: BrowserSuite, page: Page, phones: string[]) {
  const { baseUrl } = suite
  for (const phone of phones) {
    await page.goto(`${baseUrl}/sign-in`)
    await page.getByLabel('شماره موبایل یا ایمیل').fill(phone)
    const sent = Date.now()
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click()
    const codeField = page.getByLabel('کد ۶ رقمی')
    await codeField.or(page.getByRole('alert')).first().waitFor()
    if (!(await codeField.isVisible())) continue
    const code = await codeSentAfter(baseUrl, phone, sent)
    // Six digits submit the form by themselves; clicking "ورود" too would race that submit.
    await codeField.fill(code)
    await page.waitForURL((url) => url.pathname !== '/sign-in')
    // The signed-out session check's 401 (logged by Chromium) belongs to no page under test.
    suite.pageErrors.length = 0
    await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    return phone
  }
  throw new Error(`none of ${phones.join(', ')} could be sent a sign-in code`)
}

describeInBrowser('English smoke pass', (suite) => {
  it('public pages are in English', { timeout: 180_000 }, async () => {
    const { page } = await suite.newPage()
    await page.addInitScript(() => localStorage.setItem('yektayar.language', 'en'))
    await checkRoutes(page, suite, VISITOR_ROUTES, true)
  })

  it('a patient’s pages are in English', { timeout: 180_000 }, async () => {
    const { page } = await suite.newPage()
    // Sara, or a new patient when another journey has just signed Sara in.
    await signInAsOneOf(suite, page, [SARA, freshPhone()])
    await checkRoutes(page, suite, PATIENT_ROUTES)
  })

  it('a psychologist’s pages are in English', { timeout: 180_000 }, async () => {
    const { page } = await suite.newPage()
    await signInAsOneOf(suite, page, PSYCHOLOGISTS)
    await checkRoutes(page, suite, PSYCHOLOGIST_ROUTES)
  })
})
