import { afterAll, beforeAll, expect, it } from 'vitest'
import { adminWithTwoStep } from '../support/admin-sign-in.ts'
import { api, signInByApi } from '../support/api-client.ts'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { expectNoSeriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { DESKTOP, describeInBrowser, TABLET } from '../support/browser-suite.ts'
import { freshPhone } from '../support/sign-in.ts'

/**
 * The demo admin finds a person by their number typed another way (0912… for +98912…), opens
 * their page, deactivates them with a reason and sees it in their audit trail; then asks Access
 * why that person can book appointments and is shown the group. The admin enrols in two-step
 * sign-in first, as staff must, so this journey has a backend of its own (see adminWithTwoStep).
 */

const REASON = 'درخواست بستن حساب از راه تماس تلفنی'
const step = (name: string) => console.info(`admin people e2e: ${name}`)

/** A new patient with a name, signed up by code through the API. */
async function newPatient(origin: string, phone: string) {
  const { token } = await signInByApi(origin, phone)
  const profile = { firstName: 'شیوا', lastName: 'آزمون‌پور' }
  await api(origin, '/users/me', { method: 'PATCH', token, body: JSON.stringify({ profile }) })
}

describeInBrowser('admin people and access', (suite) => {
  let backend: BackendServer

  beforeAll(async () => {
    backend = await startBackend()
  }, 120_000)

  afterAll(async () => {
    await backend?.stop()
  })

  it('finds a person by phone, deactivates them with a reason, and explains their access', async () => {
    const origin = backend.origin
    const phone = freshPhone() // 0912…, stored as +98912…
    step('a patient signs up')
    await newPatient(origin, `+98${phone.slice(1)}`)
    const { context, page } = await suite.newPage({ viewport: DESKTOP })
    step('the admin enrols two-step sign-in and signs in')
    await adminWithTwoStep(context, origin)

    step('People: search by the national form of the number')
    await page.goto(`${origin}/admin`)
    const nav = page.getByRole('navigation', { name: 'بخش‌های پنل' })
    await nav.getByRole('link', { name: 'افراد' }).click()
    await page.getByRole('heading', { level: 1, name: 'افراد' }).waitFor()
    await page.getByLabel('نام، شماره یا ایمیل').fill(phone)
    await page.getByRole('button', { name: 'جست‌وجو' }).click()
    await page.getByRole('link', { name: 'شیوا آزمون‌پور' }).click()

    step("the person's page")
    await page.getByRole('heading', { level: 1, name: 'شیوا آزمون‌پور' }).waitFor()
    await page.getByText(`+98${phone.slice(1)}`).waitFor()
    await page.getByRole('heading', { name: 'نشست‌ها و دستگاه‌ها' }).waitFor()
    await expectNoSeriousViolations(page, 'person page')
    await screenshotBothSizes(page, 'admin-person', [DESKTOP, TABLET])

    step('deactivate with a reason')
    await page.getByRole('button', { name: 'غیرفعال کردن' }).click()
    const dialog = page.getByRole('dialog', { name: 'غیرفعال کردن حساب' })
    await dialog.getByLabel('دلیل (در گزارش ممیزی می‌ماند)').fill(REASON)
    await dialog.getByRole('button', { name: 'غیرفعال کردن' }).click()
    await page.getByText('وضعیت حساب تغییر کرد.').waitFor()
    await page.getByText('این حساب غیرفعال است و نمی‌تواند وارد شود.').waitFor()
    const trail = page.getByRole('list', { name: 'رویدادهای ممیزی' })
    await trail.getByText('users.deactivated').waitFor()
    await trail.getByText(`دلیل: ${REASON}`).waitFor()
    await screenshotBothSizes(page, 'admin-person-deactivated', [DESKTOP, TABLET])

    step('Access: why can this person book appointments?')
    await nav.getByRole('link', { name: 'دسترسی‌ها' }).click()
    await page.getByRole('heading', { level: 1, name: 'دسترسی‌ها' }).waitFor()
    await page.getByLabel('یافتن فرد با نام، شماره یا ایمیل').fill(phone)
    await page
      .getByRole('list', { name: 'نتایج جست‌وجو' })
      .getByRole('button', { name: /شیوا آزمون‌پور/ })
      .click()
    await page.getByLabel('مجوز', { exact: true }).selectOption('appointments.read.own')
    const answer = page.getByRole('status').filter({ hasText: 'appointments.read.own' })
    await answer.getByText('از گروه «patients»').waitFor()
    await answer.getByText('این حساب غیرفعال است، پس فعلاً هیچ کاری نمی‌تواند بکند.').waitFor()
    await expectNoSeriousViolations(page, 'access page')
    await screenshotBothSizes(page, 'admin-access', [DESKTOP, TABLET])
    expect(suite.pageErrors).toEqual([])
  })
})
