import type { BrowserContext } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Dr. Maryam Ahmadi is first on the demo on-call rota and holds safety.respond. */
const ON_CALL = '+989120000101'
const CRISIS = 'دیگه نمی‌خوام زنده باشم، امشب خودمو می‌کشم'

const step = (name: string) => console.info(`safety e2e: ${name}`)

/** Names the patient (through the API, as onboarding would), so staff can tell them apart. */
async function nameThePatient(context: BrowserContext, origin: string, firstName: string) {
  const csrf = (await context.cookies(origin)).find((cookie) => cookie.name === 'yy_csrf')?.value
  const response = await context.request.patch(`${origin}/api/v1/users/me`, {
    data: { profile: { firstName, lastName: 'آزمون' } },
    headers: { 'x-csrf-token': csrf ?? '' },
  })
  expect(response.status()).toBe(200)
}

describeInBrowser('clinical safety', (suite) => {
  it('a crisis message shows the card at once and reaches on-call staff live, who resolve it', async () => {
    const patient = await suite.newPage()
    const staff = await suite.newPage({ viewport: { width: 1280, height: 800 } })
    await signInWithCode(patient.page, suite.baseUrl, freshPhone())
    await signInWithCode(staff.page, suite.baseUrl, ON_CALL)
    const name = `پرستو${Date.now() % 100_000}`
    await nameThePatient(patient.context, suite.baseUrl, name)

    step('the on-call psychologist opens the safety queue')
    await staff.page.goto(`${suite.baseUrl}/safety`)
    await staff.page.getByRole('heading', { level: 1, name: 'صف ایمنی' }).waitFor()

    step('the patient writes to the clinical department')
    await patient.page.goto(`${suite.baseUrl}/messages/new`)
    await patient.page.getByRole('radio', { name: /^بالینی/ }).check()
    await patient.page.getByLabel('پیام', { exact: true }).fill(CRISIS)
    const sentAt = Date.now()
    await patient.page.getByRole('button', { name: 'ارسال پیام' }).click()

    step('the crisis card, at once')
    const card = patient.page.getByRole('dialog', { name: 'ما اینجا کنارت هستیم' })
    await card.waitFor()
    for (const number of ['123', '1480', '115']) {
      expect(await card.locator(`a[href="tel:${number}"]`).count(), number).toBe(1)
    }
    await patient.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    expect(await seriousViolations(patient.page)).toEqual([])
    await screenshotBothSizes(patient.page, 'safety-crisis-card')

    step('the alert appears live in the queue')
    const alert = staff.page.getByRole('link', { name: new RegExp(name) })
    await alert.waitFor({ timeout: 60_000 })
    expect(Date.now() - sentAt).toBeLessThan(60_000)

    step('"not sure" makes talking now the first thing offered')
    await card.getByRole('button', { name: 'مطمئن نیستم' }).click()
    await card.getByText('ممنون که صادقانه گفتی', { exact: false }).waitFor()
    const threadBefore = patient.page.url()
    await card.getByRole('button', { name: 'همین حالا با یک نفر حرف بزن' }).click()
    await patient.page.waitForURL(
      (url) => url.href !== threadBefore && /\/messages\/[0-9a-f-]{36}$/.test(url.pathname),
    )
    await patient.page.getByText('همین حالا می‌خواهم با کسی صحبت کنم.').waitFor()

    step('the on-call psychologist reads the words, takes the alert and closes it')
    await alert.click()
    await staff.page.getByText(CRISIS).first().waitFor()
    await staff.page.getByRole('link', { name: 'گفت‌وگوی فوری با بیمار' }).waitFor()
    expect(await seriousViolations(staff.page)).toEqual([])
    await screenshotBothSizes(staff.page, 'safety-alert-detail')
    await staff.page.getByRole('button', { name: 'پذیرفتن هشدار' }).click()
    await staff.page.getByText('پذیرفته‌شده به دست', { exact: false }).waitFor()
    await staff.page.getByLabel('یادداشت بستن').fill('تماس گرفتم؛ در امان است و فردا جلسه دارد.')
    await staff.page.getByRole('button', { name: 'بستن هشدار' }).click()
    await staff.page.getByText('بسته‌شده به دست', { exact: false }).waitFor()
    expect(suite.pageErrors).toEqual([])
  })

  it('keeps the safety plan one tap away and saves it', async () => {
    const patient = await suite.newPage()
    await signInWithCode(patient.page, suite.baseUrl, freshPhone())
    await patient.page.goto(`${suite.baseUrl}/safety-plan`)
    await patient.page.getByRole('heading', { level: 1, name: 'برنامهٔ ایمنی من' }).waitFor()
    const field = patient.page.getByLabel('افزودن به «نشانه‌های هشدار»')
    await field.fill('چند شب پشت سر هم بی‌خوابی')
    await field.press('Enter')
    await patient.page.getByRole('button', { name: 'ذخیرهٔ برنامه' }).click()
    await patient.page.getByText('برنامهٔ ایمنی ذخیره شد.').waitFor()
    await patient.page.reload()
    await patient.page.getByText('چند شب پشت سر هم بی‌خوابی').waitFor()
    expect(await seriousViolations(patient.page)).toEqual([])
    await screenshotBothSizes(patient.page, 'safety-plan')
  })
})
