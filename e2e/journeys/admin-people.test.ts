import { afterAll, beforeAll, expect, it } from 'vitest'
import { twoStepAdmin } from '../support/admin-sign-in.ts'
import { api, signInByApi } from '../support/api-client.ts'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { expectNoSeriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { DESKTOP, describeInBrowser, TABLET } from '../support/browser-suite.ts'
import { freshPhone } from '../support/sign-in.ts'

/**
 * The demo admin finds a person by their number typed another way (0912… for +98912…), opens
 * their page, deactivates them with a reason and sees it in their audit trail; then asks Access
 * why that person can book appointments and is shown the group. In English, they change a
 * configuration key, see a patient's quota follow it at once, and find the change in the audit
 * log with its before and after. They also put themselves first on the crisis on-call rota
 * with the keyboard. The admin enrols in two-step sign-in, as staff must, so these
 * journeys have a backend of their own (see twoStepAdmin); each test signs in in its own context.
 */

const REASON = 'درخواست بستن حساب از راه تماس تلفنی'
const QUOTA_KEY = 'companion.hourlyQuota'
const NEW_QUOTA = 12
const ADMIN_PHONE = '+989120000001'
const step = (name: string) => console.info(`admin people e2e: ${name}`)

/** A new patient with a name, signed up by code through the API. */
async function newPatient(origin: string, phone: string) {
  const { token } = await signInByApi(origin, phone)
  const profile = { firstName: 'شیوا', lastName: 'آزمون‌پور' }
  await api(origin, '/users/me', { method: 'PATCH', token, body: JSON.stringify({ profile }) })
}

/** The most companion messages a patient may send this hour, as their companion screen reads it. */
async function hourlyLimit(origin: string, token: string) {
  const usage = await api<{ hour: { limit: number } }>(origin, '/companion/usage', { token })
  return usage.hour.limit
}

/** Today in Tehran, `YYYY-MM-DD`: the audit log's days are Tehran's. */
const tehranToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date())

describeInBrowser('admin people, access, configuration and audit', (suite) => {
  let backend: BackendServer
  let admin: ReturnType<typeof twoStepAdmin>

  beforeAll(async () => {
    backend = await startBackend()
    admin = twoStepAdmin(backend.origin)
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
    step('the admin signs in with two-step sign-in')
    await admin.signIn(context)

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

  // No restore: nothing else on this file's own backend pages anyone.
  it('puts the admin first on the crisis on-call rota with the keyboard, and it stays', async () => {
    const origin = backend.origin
    const { context, page } = await suite.newPage({ viewport: DESKTOP })
    step('the admin signs in with two-step sign-in')
    await admin.signIn(context)

    step('Crisis on-call: the demo rota pages Dr Ahmadi first')
    await page.goto(`${origin}/admin`)
    const nav = page.getByRole('navigation', { name: 'بخش‌های پنل' })
    await nav.getByRole('link', { name: 'کشیک بحران' }).click()
    await page.getByRole('heading', { level: 1, name: 'فهرست کشیک بحران' }).waitFor()
    const first = page
      .getByRole('region', { name: 'ترتیب کشیک، نفر اول بالا' })
      .getByRole('listitem')
      .first()
    await first.filter({ hasText: 'مریم احمدی' }).filter({ hasText: 'اول خبر می‌شود' }).waitFor()

    step('move the admin up with the keyboard and save')
    await page.getByRole('button', { name: 'بردن مدیر یکتایار به بالاتر' }).focus()
    await page.keyboard.press('Enter')
    await first.filter({ hasText: 'مدیر یکتایار' }).waitFor()
    await page.getByText('تغییرها هنوز ذخیره نشده‌اند', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'ذخیرهٔ فهرست' }).click()
    await page.getByText('فهرست کشیک ذخیره شد.').waitFor()
    await expectNoSeriousViolations(page, 'on-call rota')
    await screenshotBothSizes(page, 'admin-on-call', [DESKTOP, TABLET])

    step('the new order is what the server keeps')
    await page.reload()
    await first.filter({ hasText: 'مدیر یکتایار' }).filter({ hasText: 'اول خبر می‌شود' }).waitFor()
    expect(suite.pageErrors).toEqual([])
  })

  // No restore: nothing else on this file's own backend reads the companion quota.
  it('changes a setting that applies at once and finds the change in the audit log, in English', async () => {
    const origin = backend.origin
    step('a patient reads their hourly companion limit')
    const { token } = await signInByApi(origin, `+98${freshPhone().slice(1)}`)
    const before = await hourlyLimit(origin, token)
    expect(before).not.toBe(NEW_QUOTA)
    // Read before the change, so the change's day is never earlier (midnight may pass between).
    const since = tehranToday()
    const { context, page } = await suite.newPage({ viewport: DESKTOP })
    step('the admin signs in with two-step sign-in and switches to English')
    await admin.signIn(context)
    await page.goto(`${origin}/admin`)
    await page.getByRole('button', { name: 'English' }).click()
    const nav = page.getByRole('navigation', { name: 'Panel sections' })

    step('Configuration: lower the hourly companion limit')
    await nav.getByRole('link', { name: 'Configuration' }).click()
    await page.getByRole('heading', { level: 1, name: 'Configuration' }).waitFor()
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: QUOTA_KEY }) })
    await card.getByLabel(`New value of ${QUOTA_KEY}`).fill(String(NEW_QUOTA))
    await card.getByRole('button', { name: 'Save' }).click()
    await card.getByRole('status').getByText('Saved and applied on every server.').waitFor()
    await card.getByText('Changed by an admin').waitFor()
    await card.getByTestId(`current-${QUOTA_KEY}`).getByText(String(NEW_QUOTA)).waitFor()
    await expectNoSeriousViolations(page, 'configuration page')
    await screenshotBothSizes(page, 'admin-configuration-en', [DESKTOP, TABLET])

    step('the patient’s limit follows without a restart')
    expect(await hourlyLimit(origin, token)).toBe(NEW_QUOTA)

    step('Audit log: settings changed by this admin since today')
    await nav.getByRole('link', { name: 'Audit log' }).click()
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor()
    const filters = page.getByRole('form', { name: 'Filters' })
    await filters.getByLabel('Action').selectOption('config.set')
    await filters.getByLabel('Find a person by name or phone').fill('admin@demo')
    await filters
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: ADMIN_PHONE })
      .click()
    await filters.getByLabel('From').fill(since)
    await filters.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(({ searchParams }) => {
      const applied = [searchParams.get('action'), searchParams.get('from')]
      return applied.join() === `config.set,${since}` && searchParams.has('userId')
    })
    const events = page.getByRole('table', { name: 'Recorded events, newest first' })
    const change = events.getByRole('row').filter({ hasText: QUOTA_KEY })
    await change.getByText('Setting changed').waitFor()
    await expectNoSeriousViolations(page, 'audit log')
    await screenshotBothSizes(page, 'admin-audit-log-en', [DESKTOP, TABLET])

    step('the change’s before and after')
    await change.getByRole('button', { name: /^Details of Setting changed/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Event details' })
    // Chromium names the row "Value(Changed)": the kind's span is set apart by a margin only.
    const changed = dialog
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Value\s*\(Changed\)$/ }) })
    await changed.getByRole('cell', { name: String(before), exact: true }).waitFor()
    await changed.getByRole('cell', { name: String(NEW_QUOTA), exact: true }).waitFor()
    await expectNoSeriousViolations(page, 'audit event details')
    await screenshotBothSizes(page, 'admin-audit-change-en', [DESKTOP, TABLET])
    expect(suite.pageErrors).toEqual([])
  })
})
