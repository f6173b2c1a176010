import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

const pathOf = (page: Page) => new URL(page.url()).pathname

const describeFindings = (findings: AxeFinding[]) =>
  findings.map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`).join('\n')

async function expectNoSeriousViolations(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  expect(describeFindings(await seriousViolations(page)), 'axe violations').toBe('')
}

/** Where a long journey got to, in the run's output: a timeout then names its step. */
const step = (name: string) => console.info(`account journey: ${name}`)

describeInBrowser('account: sign-up, welcome, settings, password and devices', (suite) => {
  it('takes a new patient from the first code to a password sign-in and a revoked device', async () => {
    const phone = freshPhone()
    const { page } = await suite.newPage()

    step('signing up')
    // A new number: the code signs up, and the welcome form asks who they are.
    await signInWithCode(page, suite.baseUrl, phone)
    await page.getByRole('heading', { level: 1, name: 'به یکتایار خوش آمدید' }).waitFor()
    expect(pathOf(page)).toBe('/welcome')
    await screenshotBothSizes(page, 'welcome-fa')
    await expectNoSeriousViolations(page)

    await page.getByLabel('نام', { exact: true }).fill('سارا')
    await page.getByLabel('نام خانوادگی', { exact: true }).fill('رضایی')
    await page.getByLabel('نام مستعار (اختیاری)', { exact: true }).fill('گل‌رز')
    await page.getByRole('switch', { name: 'حالت محرمانه' }).check()
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click()
    await page.waitForURL((url) => url.pathname === '/dashboard')

    step('settings')
    // Settings shows what was saved, and this one device.
    await page.goto(`${suite.baseUrl}/settings`)
    await page.getByRole('heading', { level: 1, name: 'تنظیمات' }).waitFor()
    expect(await page.getByLabel('نام مستعار (اختیاری)', { exact: true }).inputValue()).toBe('گل‌رز')
    expect(await page.getByRole('switch', { name: 'حالت محرمانه' }).isChecked()).toBe(true)
    const devices = page.locator('#devices li')
    await devices.first().waitFor()
    expect(await devices.count()).toBe(1)
    expect(await devices.first().textContent()).toContain('همین دستگاه')
    // Nothing wider than the phone: the section links scroll inside their own row.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshotBothSizes(page, 'settings-fa')
    await expectNoSeriousViolations(page)

    step('english')
    // English at once, and kept on the account.
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr')
    await page.getByText('Saved.').first().waitFor()
    await screenshotBothSizes(page, 'settings-en')
    await expectNoSeriousViolations(page)

    step('password')
    // A common password is refused with its reason; a good one is kept.
    const password = `kite-${Date.now()}-lantern`
    await page.getByLabel('New password', { exact: true }).fill('password1234')
    await page.getByLabel('Repeat the new password', { exact: true }).fill('password1234')
    await page.getByRole('button', { name: 'Set password' }).click()
    await page.getByRole('alert').filter({ hasText: 'This password is too common' }).waitFor()
    // The meter said so before the server did: it judges by the same rule and lists.
    await page.getByText('A common password; it will be refused.').waitFor()
    await screenshotBothSizes(page, 'settings-password-meter-en')
    await page.getByLabel('New password', { exact: true }).fill(password)
    await page.getByText('It will be accepted.').waitFor()
    await page.getByLabel('Repeat the new password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Set password' }).click()
    await page.getByText('Your password is saved.').waitFor()
    await page.getByLabel('Current password', { exact: true }).waitFor()

    step('password sign-in')
    // Out, and back in with the password.
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.goto(`${suite.baseUrl}/sign-in`)
    await page.getByRole('button', { name: 'Sign in with a password instead' }).click()
    await page.getByLabel('Mobile number or email').fill(phone)
    await page.getByLabel('Password', { exact: true }).fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'The identifier or password is not correct.' })
      .waitFor()
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/dashboard')

    step('second browser')
    // A second browser signs in; the first one signs it out from Settings.
    // (With the password: a second code this soon would wait out the resend cool-down.)
    const other = await suite.newPage()
    await other.page.goto(`${suite.baseUrl}/sign-in`)
    await other.page.getByRole('button', { name: 'ورود با رمز عبور' }).click()
    await other.page.getByLabel('شماره موبایل یا ایمیل').fill(phone)
    await other.page.getByLabel('رمز عبور', { exact: true }).fill(password)
    await other.page.getByRole('button', { name: 'ورود', exact: true }).click()
    await other.page.waitForURL((url) => url.pathname === '/dashboard')
    await page.goto(`${suite.baseUrl}/settings#devices`)
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await devices.nth(1).waitFor()
    expect(await devices.count()).toBe(2)
    const otherRow = devices.filter({ hasNotText: 'This device' })
    await otherRow.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => devices.count(), { timeout: 15_000 }).toBe(1)

    await other.page.goto(`${suite.baseUrl}/settings`)
    await other.page.waitForURL((url) => url.pathname === '/sign-in')
    expect(new URL(other.page.url()).searchParams.get('next')).toBe('/settings')
    // Refused requests (the wrong password, the common one, the revoked session) log a failed
    // resource load; anything else would be a real error.
    const unexpected = suite.pageErrors.filter(
      (error) => !error.includes('Failed to load resource'),
    )
    expect(unexpected).toEqual([])
  }, 300_000)
})
