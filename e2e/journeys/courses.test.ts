import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser, MOBILE } from '../support/browser-suite.ts'
import { newPatient } from '../support/patient-steps.ts'
import { followMoreMenuLink } from '../support/phone-tab-bar.ts'

const step = (name: string) => console.info(`courses e2e: ${name}`)

/** The demo sleep course (backend seed/courses/sleep-course.ts). */
const SLEEP = 'خواب بهتر: گام‌های ساده برای شب‌های آرام‌تر'
const FIRST_ARTICLE = 'خواب چگونه کار می‌کند'
const CHECK_IN = 'بررسی روزانهٔ خواب و حال'
const AFTER_CHECK_IN = 'تنفس آرام پیش از خواب'

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const text = findings.map((f) => `${f.impact} ${f.id}: ${f.targets.join(', ')}`).join('\n')
  expect(text, `axe violations on ${screen}`).toBe('')
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

describeInBrowser('courses', (suite) => {
  it('a patient finds a course, reads, does an exercise, leaves and resumes, on a phone', {
    timeout: 240_000,
  }, async () => {
    const page = await newPatient(suite)
    suite.pageErrors.length = 0
    await page.setViewportSize(MOBILE)
    await page.goto(`${suite.baseUrl}/dashboard`)

    step('finds the catalogue from the "more" menu and searches in Persian')
    await followMoreMenuLink(page, 'دوره‌ها')
    await page.waitForURL((url) => url.pathname === '/courses')
    await page.getByRole('link', { name: SLEEP }).waitFor()
    await expectNoSeriousViolations(page, '/courses')
    // Typed with an Arabic yeh and without the ZWNJ («گام‌های»): the server folds both.
    await page.getByLabel('جست‌وجوی دوره').fill('گامهاي ساده')
    await page.waitForURL((url) => url.searchParams.get('q') === 'گامهاي ساده')
    await expect.poll(() => page.getByRole('link', { name: 'تنفس و زمین‌گیری' }).count()).toBe(0)
    await page.getByRole('link', { name: SLEEP }).click()

    step('enrols and lands on the first lesson')
    await heading(page, SLEEP).waitFor()
    await expectNoSeriousViolations(page, 'course page')
    await page.getByRole('button', { name: 'شروع دوره' }).click()
    await heading(page, FIRST_ARTICLE).waitFor()

    step('reads the article: counted after a few seconds on screen')
    await page.getByText('این درس خوانده شد.').waitFor({ timeout: 15_000 })
    await expectNoSeriousViolations(page, 'article lesson')

    step('does the mood check-in, kept private')
    await page.getByRole('link', { name: 'بازگشت به دوره' }).click()
    await page.getByRole('link', { name: new RegExp(CHECK_IN) }).click()
    await heading(page, CHECK_IN).waitFor()
    const share = page.getByRole('switch', { name: 'این پاسخ را روان‌شناسم ببیند' })
    expect(await share.isChecked()).toBe(false)
    await page.getByText('خوب', { exact: true }).click()
    await page.getByText('ورزش', { exact: true }).click()
    await page.getByLabel('یادداشت (اختیاری)').fill('دیشب زودتر خوابیدم.')
    await page.getByRole('button', { name: 'ذخیرهٔ پاسخ' }).click()
    await page.getByText('پاسخ شما ذخیره شد.').waitFor()
    await page.getByText('این درس تمام شد.').waitFor()
    await page.getByText('خصوصی', { exact: true }).waitFor()
    await expectNoSeriousViolations(page, 'exercise lesson')

    step('leaves, comes back later, and continues where they were')
    await page.goto(`${suite.baseUrl}/`)
    await page.goto(`${suite.baseUrl}/dashboard`)
    const card = page.getByRole('heading', { name: 'ادامه از جایی که ماندید' }).locator('..')
    await card.getByText(`درس بعدی: ${AFTER_CHECK_IN}`).waitFor()
    await card.getByRole('img', { name: 'پیشرفت ۴۰٪' }).waitFor()
    await card.getByRole('link', { name: 'ادامهٔ درس' }).click()
    await heading(page, AFTER_CHECK_IN).waitFor()

    step('the course page keeps each lesson’s state')
    await page.getByRole('link', { name: 'بازگشت به دوره' }).click()
    const lessons = page.getByRole('list', { name: 'درس‌های دوره' })
    await lessons.getByRole('listitem').first().getByText('تمام‌شده').waitFor()
    expect(await lessons.getByText('تمام‌شده').count()).toBe(2)
    await screenshotBothSizes(page, 'courses-course-progress-fa')
    expect(suite.pageErrors).toEqual([])
  })
})
