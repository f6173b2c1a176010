import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'

describeInBrowser('sign-in page', (suite) => {
  it('is reached from the home page and refuses an empty identifier', async () => {
    const { page } = await suite.newPage()
    await page.goto(suite.baseUrl)

    await page.getByRole('banner').getByRole('link', { name: 'ورود' }).click()
    await page.getByRole('heading', { level: 1, name: 'ورود به یکتایار' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    await screenshotBothSizes(page, 'sign-in-fa')

    const field = page.getByLabel('شماره موبایل یا ایمیل')
    expect(await field.getAttribute('autocomplete')).toBe('username')
    expect(await field.getAttribute('dir')).toBe('ltr')
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click()

    await page
      .getByRole('alert')
      .filter({ hasText: 'شماره موبایل یا ایمیل خود را وارد کنید.' })
      .waitFor()
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    await screenshotBothSizes(page, 'sign-in-fa-invalid')
    expect(suite.pageErrors).toEqual([])
  })

  it('opens directly at /sign-in in English', async () => {
    const { page } = await suite.newPage()
    await page.addInitScript(() => localStorage.setItem('yektayar.language', 'en'))
    await page.goto(`${suite.baseUrl}/sign-in`)

    await page.getByRole('heading', { level: 1, name: 'Sign in to YektaYar' }).waitFor()
    await page.getByRole('button', { name: 'Send me a sign-in code' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'Enter your mobile number or email.' })
      .waitFor()
    await screenshotBothSizes(page, 'sign-in-en')
  })

  it('shows the server’s verdict on an identifier that is not a phone or email', async () => {
    const { page } = await suite.newPage()
    await page.goto(`${suite.baseUrl}/sign-in`)
    await page.getByLabel('شماره موبایل یا ایمیل').fill('not-an-identifier')
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click()

    await page.getByRole('alert').filter({ hasText: 'شماره موبایل یا ایمیل معتبر نیست.' }).waitFor()
  })
})
