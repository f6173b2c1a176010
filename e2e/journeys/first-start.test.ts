import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'

// Signed in by email: other journeys use Sara's phone, whose code has a one-minute cool-down.
const SARA_EMAIL = 'sara@demo.yektayar.ir'
const MARYAM = 'مریم احمدی'
const ADMIN_EMAIL = 'admin@demo.yektayar.ir'

const toPersianDigits = (text: string) =>
  text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)))

/** The newest code for `to` as a person reads it: on the outbox page, in a tab of its own. */
async function codeFromOutboxPage(outbox: Page, baseUrl: string, to: string, after: number) {
  for (let attempt = 0; attempt < 30; attempt++) {
    await outbox.goto(`${baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`)
    const newest = outbox.locator('li').first()
    if (await newest.count()) {
      const sentAt = Date.parse((await newest.locator('time').getAttribute('datetime')) ?? '')
      const code = await newest.locator('.code').textContent()
      if (code && sentAt >= after - 1000) return code.trim()
    }
    await outbox.waitForTimeout(200)
  }
  throw new Error(`no code for ${to} on the outbox page`)
}

describeInBrowser('first start', (suite) => {
  it('finds a psychologist by name, with the count and the next free time', async () => {
    const { page } = await suite.newPage()
    await page.goto(`${suite.baseUrl}/psychologists`)
    // Typed with the Arabic ی, as many keyboards do; the search folds it.
    await page.getByLabel('جست‌وجوی نام').fill('احمدي')
    await page.getByRole('status').filter({ hasText: '۱ روان‌شناس' }).waitFor()
    const card = page.getByRole('listitem').filter({ hasText: MARYAM })
    await card.getByText(/^نخستین زمان آزاد: /).waitFor()
    expect(await page.getByRole('link', { name: MARYAM }).count()).toBe(1)
    await screenshotBothSizes(page, 'first-start-directory-search')
    expect(suite.pageErrors.filter((error) => !error.includes('status of 401'))).toEqual([])
  })

  it('signs the demo patient in with the code from the outbox page, to a history', async () => {
    const { context, page } = await suite.newPage()
    await page.goto(`${suite.baseUrl}/sign-in`)
    await page.getByLabel('شماره موبایل یا ایمیل').fill(SARA_EMAIL)
    const sent = Date.now()
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click()
    await page.getByLabel('کد ۶ رقمی').waitFor()

    const outbox = await context.newPage()
    const code = await codeFromOutboxPage(outbox, suite.baseUrl, SARA_EMAIL, sent)
    await screenshotBothSizes(outbox, 'first-start-outbox-page')
    await outbox.close()
    await page.getByLabel('کد ۶ رقمی').fill(toPersianDigits(code))
    await page.waitForURL((url) => url.pathname !== '/sign-in')

    await page.goto(`${suite.baseUrl}/appointments`)
    await page.getByRole('link', { name: 'گذشته', exact: true }).click()
    await page.getByText(MARYAM).first().waitFor()
    await screenshotBothSizes(page, 'first-start-appointments-past')

    await page.goto(`${suite.baseUrl}/payments`)
    await page.getByText('بازپرداخت').first().waitFor()
    await screenshotBothSizes(page, 'first-start-payments')

    await page.goto(`${suite.baseUrl}/messages`)
    await page.getByText(MARYAM).first().waitFor()
    await screenshotBothSizes(page, 'first-start-messages')

    await page.goto(`${suite.baseUrl}/dashboard`)
    await page.locator('h1').first().waitFor()
    await screenshotBothSizes(page, 'first-start-dashboard')
  })

  it('asks the demo admin to enrol two-step sign-in first, and leads to the enrolment', async () => {
    const { context, page } = await suite.newPage()
    await page.goto(`${suite.baseUrl}/admin/sign-in`)
    await page.getByLabel('شماره موبایل یا ایمیل').fill(ADMIN_EMAIL)
    const sent = Date.now()
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click()
    await page.getByLabel('کد ۶ رقمی').waitFor()
    const outbox = await context.newPage()
    const code = await codeFromOutboxPage(outbox, suite.baseUrl, ADMIN_EMAIL, sent)
    await outbox.close()
    await page.getByLabel('کد ۶ رقمی').fill(toPersianDigits(code))

    const enrol = page.getByRole('link', { name: 'فعال کردن ورود دومرحله‌ای' })
    await enrol.waitFor()
    await screenshotBothSizes(page, 'first-start-admin-totp-first')
    await enrol.click()
    await page.waitForURL((url) => url.pathname === '/settings')
    await page.locator('#two-step').waitFor()
    await screenshotBothSizes(page, 'first-start-admin-settings')
  })
})
