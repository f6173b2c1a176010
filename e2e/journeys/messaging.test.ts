import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Dr. +989120000101 answers the clinical department's inbox in the demo data. */
const CLINICAL_PSYCHOLOGIST = '+989120000101'

/** Where a slow run got to, in the test output. */
const step = (name: string) => console.info(`messaging e2e: ${name}`)

const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|WebSocket connection to/

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
    .join('\n')
}

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings = await seriousViolations(page)
  expect(describeFindings(findings), `axe violations on ${screen}`).toBe('')
}

/** Delivered messages with exactly this text in the conversation on screen. */
const delivered = (page: Page, text: string) =>
  page.locator('article[data-message-id]').filter({ hasText: text })

async function send(page: Page, text: string) {
  await page.getByLabel('پیام شما').fill(text)
  await page.getByLabel('پیام شما').press('Enter')
}

describeInBrowser('messaging', (suite) => {
  it('a patient and a psychologist talk live; a message written offline arrives once', async () => {
    const patient = await suite.newPage()
    const staff = await suite.newPage()
    await signInWithCode(patient.page, suite.baseUrl, freshPhone())
    await signInWithCode(staff.page, suite.baseUrl, CLINICAL_PSYCHOLOGIST)
    // Signed out, the session check answered 401 and Chromium logged it: expected, and not an
    // error of the screens under test, which are checked from here on.
    suite.pageErrors.length = 0

    step('inbox open')
    // The psychologist keeps the clinical inbox open.
    await staff.page.goto(`${suite.baseUrl}/inbox`)
    await staff.page.getByRole('heading', { level: 1, name: 'صندوق پشتیبانی' }).waitFor()

    step('new conversation')
    // The patient starts a conversation with the clinical team.
    const subject = `پرسش دربارهٔ جلسه ${Date.now()}`
    const first = 'سلام، می\u200cخواستم بدانم جلسهٔ اول چطور است؟ https://yektayar.ir/faq'
    await patient.page.goto(`${suite.baseUrl}/messages/new`)
    await patient.page.getByRole('radio', { name: /^بالینی/ }).check()
    await patient.page.getByLabel('موضوع (اختیاری)').fill(subject)
    await patient.page.getByLabel('پیام', { exact: true }).fill(first)
    await screenshotBothSizes(patient.page, 'messaging-new-fa')
    await patient.page.getByRole('button', { name: 'ارسال پیام' }).click()
    await patient.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    const threadUrl = patient.page.url()
    await delivered(patient.page, 'می\u200cخواستم بدانم').waitFor()
    // ZWNJ kept, the link an http(s) anchor that opens safely.
    const link = patient.page.getByRole('link', { name: /yektayar\.ir\/faq/ })
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await link.getAttribute('target')).toBe('_blank')

    step('live inbox')
    // It reaches the open inbox without a reload.
    const row = staff.page.getByRole('listitem').filter({ hasText: subject })
    await row.waitFor({ timeout: 15_000 })
    await row.getByText('بدون مسئول').waitFor()
    await screenshotBothSizes(staff.page, 'messaging-inbox-fa')
    await expectNoSeriousViolations(staff.page, '/inbox')

    step('assign and open')
    // The psychologist takes it and opens it.
    await row.getByRole('button', { name: 'به عهدهٔ من' }).click()
    await staff.page
      .getByRole('listitem')
      .filter({ hasText: subject })
      .getByText('به عهدهٔ شما')
      .waitFor()
    await staff.page.getByRole('link', { name: subject }).click()
    await staff.page.waitForURL(threadUrl)
    await delivered(staff.page, 'می\u200cخواستم بدانم').waitFor()

    step('typing')
    // The patient types: the psychologist sees it.
    await patient.page.getByLabel('پیام شما').pressSequentially('یک سؤال دیگر', { delay: 30 })
    await staff.page.getByText(/در حال نوشتن است/).waitFor({ timeout: 10_000 })

    step('answer')
    // The psychologist answers; the patient sees it live.
    const answer = 'سلام، جلسهٔ اول بیشتر برای آشنایی است 🌱'
    await send(staff.page, answer)
    await delivered(staff.page, answer).waitFor()
    await delivered(patient.page, answer).waitFor({ timeout: 15_000 })
    await patient.page.getByLabel('پیام شما').fill('')

    step('offline send')
    // Offline: the message waits as pending, then goes out exactly once.
    const offline = `این پیام بدون اینترنت نوشته شد ${Date.now()}`
    await patient.context.setOffline(true)
    await send(patient.page, offline)
    const pending = patient.page.locator('article[data-client-id]').filter({ hasText: offline })
    await pending.waitFor()
    expect(await pending.getAttribute('data-status')).not.toBe('failed')
    await patient.page.getByText('پس از اتصال فرستاده می‌شود').first().waitFor()
    await screenshotBothSizes(patient.page, 'messaging-thread-pending-fa')
    await staff.page.waitForTimeout(1_500)
    expect(await delivered(staff.page, offline).count()).toBe(0)

    await patient.context.setOffline(false)
    await delivered(patient.page, offline).waitFor({ timeout: 30_000 })
    await delivered(staff.page, offline).waitFor({ timeout: 15_000 })
    await pending.waitFor({ state: 'detached' })
    // Give a duplicate every chance to show up before counting.
    await patient.page.waitForTimeout(2_000)
    expect(await delivered(patient.page, offline).count()).toBe(1)
    expect(await delivered(staff.page, offline).count()).toBe(1)
    step('reload')
    // And after a reload, from the server's own list: still once.
    await staff.page.reload()
    await delivered(staff.page, answer).waitFor()
    expect(await delivered(staff.page, offline).count()).toBe(1)

    await screenshotBothSizes(patient.page, 'messaging-thread-fa')
    await expectNoSeriousViolations(patient.page, '/messages/:id')
    await screenshotBothSizes(staff.page, 'messaging-thread-staff-fa')

    step('list')
    // The patient's list: the conversation, newest first, with its department.
    await patient.page.goto(`${suite.baseUrl}/messages`)
    const listed = patient.page.getByRole('list', { name: 'گفتگوها' }).getByRole('listitem').first()
    await listed.getByText(subject).waitFor()
    await listed.getByText('بالینی').waitFor()
    await screenshotBothSizes(patient.page, 'messaging-list-fa')
    await expectNoSeriousViolations(patient.page, '/messages')

    step('unread badge')
    // A reply while the patient looks at the list: it moves up with an unread badge, live;
    // reading the conversation clears the badge.
    const later = 'اگر سؤال دیگری داشتید همین‌جا بنویسید.'
    await send(staff.page, later)
    await listed.getByText('۱ پیام خوانده‌نشده').waitFor({ timeout: 15_000 })
    await listed.getByText(later).waitFor()
    await listed.getByRole('link').click()
    await delivered(patient.page, later).waitFor()
    await patient.page.getByRole('link', { name: 'بازگشت', exact: true }).click()
    await patient.page.getByRole('heading', { level: 1, name: 'پیام‌ها' }).waitFor()
    await listed.getByText(subject).waitFor()
    await expect
      .poll(() => listed.getByText('۱ پیام خوانده‌نشده').count(), { timeout: 10_000 })
      .toBe(0)
    // Chromium logs the connection attempts it refused while offline; nothing else may appear.
    expect(suite.pageErrors.filter((error) => !OFFLINE_NOISE.test(error))).toEqual([])
  }, 300_000)
})
