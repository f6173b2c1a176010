import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser, MOBILE } from '../support/browser-suite.ts'
import { followMoreMenuLink } from '../support/phone-tab-bar.ts'
import { signInWithCode } from '../support/sign-in.ts'

const step = (name: string) => console.info(`assessments e2e: ${name}`)

/** Sara and her psychologist Maryam, with sessions and past PHQ-9 results in the demo data. */
const SARA = '+989120000002'
const MARYAM = '+989120000101'
const PHQ9 = 'پرسش‌نامهٔ سلامت بیمار (PHQ-9)'

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const text = findings.map((f) => `${f.impact} ${f.id}: ${f.targets.join(', ')}`).join('\n')
  expect(text, `axe violations on ${screen}`).toBe('')
}

describeInBrowser('assessments', (suite) => {
  it('a patient takes PHQ-9 in Persian on a phone, sees the result and the trend; her psychologist sees it', {
    timeout: 240_000,
  }, async () => {
    const { page } = await suite.newPage()
    await page.setViewportSize(MOBILE)
    await signInWithCode(page, suite.baseUrl, SARA)
    suite.pageErrors.length = 0

    step('finds the questionnaires in "more", with her psychologist’s request on top')
    await followMoreMenuLink(page, 'پرسش‌نامه‌ها')
    await page.waitForURL((url) => url.pathname === '/assessments')
    const request = page.getByText('خواستهٔ روان‌شناس شما').locator('..')
    await request.getByRole('heading', { name: PHQ9 }).waitFor()
    await expectNoSeriousViolations(page, '/assessments')
    await request.getByRole('link', { name: 'شروع' }).click()

    step('answers one question per screen, goes back to change one')
    await page.getByText('پرسش ۱ از ۹').waitFor()
    await expectNoSeriousViolations(page, 'a question')
    for (let n = 1; n <= 8; n++) {
      await page.getByText(`پرسش ${'۰۱۲۳۴۵۶۷۸۹'[n]} از ۹`).waitFor()
      await page.getByRole('radio', { name: 'چند روز' }).click()
    }
    await page.getByText('پرسش ۹ از ۹').waitFor()
    await page.getByRole('button', { name: 'پرسش قبلی' }).click()
    await page.getByText('پرسش ۸ از ۹').waitFor()
    expect(await page.getByRole('radio', { name: 'چند روز' }).isChecked()).toBe(true)
    await page.getByRole('radio', { name: 'اصلاً' }).click()
    await page.getByText('پرسش ۹ از ۹').waitFor()
    await screenshotBothSizes(page, 'assessments-question-fa')
    await page.getByRole('radio', { name: 'اصلاً' }).click()

    step('reviews and sends')
    await page.getByText('پاسخ‌هایتان را ببینید؛ برای تغییر هر کدام روی آن بزنید.').waitFor()
    await expectNoSeriousViolations(page, 'review')
    await page.getByRole('button', { name: 'فرستادن و دیدن نتیجه' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/assessments/results/'))
    await page.getByText('نمرهٔ شما: ۷ از ۲۷').waitFor()
    await page.getByText('سطح: خفیف').waitFor()
    await page.getByText(/این یک پرسش‌نامهٔ غربالگری است، نه تشخیص/).waitFor()
    await expectNoSeriousViolations(page, 'result')
    await screenshotBothSizes(page, 'assessments-result-fa')

    step('follows the trend on Jalali dates')
    await page.getByRole('link', { name: 'روند من در این پرسش‌نامه' }).click()
    await page.getByRole('img', { name: `نمودار نمره‌های ${PHQ9} بر حسب تاریخ` }).waitFor()
    const rows = page.getByRole('list').filter({ hasText: 'دیدن' }).getByRole('listitem')
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4)
    await expectNoSeriousViolations(page, 'history')
    await screenshotBothSizes(page, 'assessments-history-fa')
    expect(suite.pageErrors).toEqual([])

    step('her psychologist opens a session with her and sees the shared result')
    const sara = (await (await page.request.get(`${suite.baseUrl}/api/v1/users/me`)).json()) as {
      id: string
    }
    const psychologist = await suite.newPage()
    await signInWithCode(psychologist.page, suite.baseUrl, MARYAM)
    const past = await psychologist.page.request.get(
      `${suite.baseUrl}/api/v1/appointments?scope=past&limit=100`,
    )
    const { items } = (await past.json()) as { items: { id: string; patient: { id: string } }[] }
    const session = items.find((item) => item.patient.id === sara.id)
    expect(session, 'a past session of Maryam with Sara').toBeTruthy()
    await psychologist.page.goto(`${suite.baseUrl}/appointments/${session?.id}`)
    const section = psychologist.page
      .getByRole('heading', { name: 'پرسش‌نامه‌ها' })
      .locator('..')
      .locator('..')
    await section.getByRole('heading', { name: 'آخرین نتیجه‌ها' }).waitFor()
    await section.getByText('۷ از ۲۷ · خفیف').first().waitFor()
    await section.getByRole('img', { name: `نمودار نمره‌های ${PHQ9} بر حسب تاریخ` }).waitFor()
    await expectNoSeriousViolations(psychologist.page, 'appointment (psychologist, questionnaires)')
    await screenshotBothSizes(psychologist.page, 'assessments-psychologist-fa')

    step('and opens her summary from her name: every session together, the same trend')
    await psychologist.page.locator(`a[href="/patients/${sara.id}"]`).click()
    await psychologist.page.waitForURL((url) => url.pathname === `/patients/${sara.id}`)
    await psychologist.page.getByRole('heading', { level: 1 }).waitFor()
    const sessions = psychologist.page.getByRole('region', { name: 'گذشته' })
    await sessions.locator(`a[href="/appointments/${session?.id}"]`).waitFor()
    await psychologist.page
      .getByRole('img', { name: `نمودار نمره‌های ${PHQ9} بر حسب تاریخ` })
      .waitFor()
    await expectNoSeriousViolations(psychologist.page, 'patient summary')
    await screenshotBothSizes(psychologist.page, 'patient-summary-fa')
    expect(suite.pageErrors).toEqual([])
  })
})
