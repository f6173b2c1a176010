import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { adminWithTwoStep } from '../support/admin-sign-in.ts'
import { api, signInByApi } from '../support/api-client.ts'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { expectNoSeriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { DESKTOP, describeInBrowser, TABLET } from '../support/browser-suite.ts'
import { freshPhone } from '../support/sign-in.ts'

/**
 * An admin finds a paid appointment in the panel, cancels it with a partial refund and a
 * reason, sees the refund on the payment, and downloads the payments CSV. The admin enrols in
 * two-step sign-in first, so this journey runs a backend of its own (support/admin-sign-in.ts).
 */

const MARYAM = 'مریم احمدی'
const PATIENT = { firstName: 'نگار', lastName: 'بازپرداخت' }
const REASON = 'روان‌شناس در این روز بیمار است'
const ADMIN_SIZES = [DESKTOP, TABLET]

const step = (name: string) => console.info(`admin refund e2e: ${name}`)

/** A patient books Maryam's priced session through the API and pays it on the sandbox. */
async function paidAppointment(origin: string) {
  const { token } = await signInByApi(origin, freshPhone())
  await api(origin, '/users/me', {
    method: 'PATCH',
    token,
    body: JSON.stringify({ profile: PATIENT }),
  })
  const list = await api<{ items: { id: string; name: { fa: string } }[] }>(
    origin,
    '/professionals?limit=50',
  )
  const psychologistId = list.items.find((item) => item.name.fa === MARYAM)?.id ?? ''
  const detail = await api<{ sessionTypes: { id: string; priceIrr: number }[] }>(
    origin,
    `/professionals/${psychologistId}`,
  )
  const sessionType = detail.sessionTypes.find((type) => type.priceIrr > 0)
  const { slots } = await api<{ slots: { startsAt: string }[] }>(
    origin,
    `/professionals/${psychologistId}/availability?sessionType=${sessionType?.id}`,
  )
  const booked = await api<{ id: string }>(origin, '/appointments', {
    method: 'POST',
    token,
    body: JSON.stringify({
      psychologistId,
      sessionTypeId: sessionType?.id,
      startsAt: slots.at(-1)?.startsAt,
    }),
  })
  const { redirectUrl } = await api<{ redirectUrl: string }>(origin, '/payments/initiate', {
    method: 'POST',
    token,
    body: JSON.stringify({ appointmentId: booked.id }),
  })
  const authority = redirectUrl.split('/').at(-1)
  // The payer pays on the sandbox's page and the browser comes back through the callback.
  await fetch(`${origin}/api/v1/payments/sandbox/${authority}/complete?status=OK`, {
    redirect: 'manual',
  })
  await fetch(`${origin}/api/v1/payments/verify?Authority=${authority}&Status=OK`, {
    redirect: 'manual',
  })
  return { priceIrr: sessionType?.priceIrr ?? 0 }
}

const persianDigits = (n: number) => n.toLocaleString('fa-IR').replaceAll(',', '٬')

describeInBrowser('admin refund', (suite) => {
  let backend: BackendServer

  beforeAll(async () => {
    backend = await startBackend()
  }, 120_000)

  afterAll(async () => {
    await backend?.stop()
  })

  it('an admin cancels a paid appointment with a partial refund and exports the payments', async () => {
    const origin = backend.origin
    step('a patient books and pays Maryam’s priced session')
    const { priceIrr } = await paidAppointment(origin)
    const halfToman = priceIrr / 20

    const { context, page } = await suite.newPage({ viewport: DESKTOP, acceptDownloads: true })
    step('admin enrols two-step sign-in and signs in')
    await adminWithTwoStep(context, origin)

    step('the appointments list, filtered to confirmed')
    await page.goto(`${origin}/admin`)
    await page.getByRole('navigation', { name: 'بخش‌های پنل' }).getByText('نوبت‌ها').click()
    await page.getByRole('heading', { level: 1, name: 'نوبت‌ها' }).waitFor()
    await page.getByLabel('وضعیت').selectOption('confirmed')
    await page.getByRole('button', { name: 'اعمال پالایه‌ها' }).click()
    await page.waitForURL((url) => url.searchParams.get('status') === 'confirmed')
    const patientName = `${PATIENT.firstName} ${PATIENT.lastName}`
    await page.getByRole('cell', { name: patientName, exact: true }).waitFor()
    await expectNoSeriousViolations(page, 'appointments list')
    await screenshotBothSizes(page, 'admin-appointments-fa', ADMIN_SIZES)

    step('the appointment, and the cancel dialog with half refunded')
    await page.getByRole('link', { name: new RegExp(`جزئیات نوبت ${patientName}`) }).click()
    await page.getByRole('heading', { level: 1, name: 'جزئیات نوبت' }).waitFor()
    await page.getByText('یادداشت‌های بالینی اینجا نمایش داده نمی‌شوند.').waitFor()
    await page.getByRole('button', { name: 'لغو نوبت…' }).click()
    const dialog = page.getByRole('dialog', { name: 'لغو نوبت' })
    await dialog.getByLabel('دلیل لغو').fill(REASON)
    await dialog.getByRole('radio', { name: 'بخشی از مبلغ' }).check()
    await dialog.getByLabel('مبلغ بازپرداخت (تومان)').fill(String(halfToman))
    await expectNoSeriousViolations(page, 'cancel dialog')
    await screenshotBothSizes(page, 'admin-cancel-dialog-fa', ADMIN_SIZES)
    await dialog.getByRole('button', { name: 'لغو نوبت', exact: true }).click()
    await page.getByText('نوبت لغو شد.').waitFor()
    await page.getByText(`دلیل: ${REASON}`).waitFor()
    await screenshotBothSizes(page, 'admin-appointment-cancelled-fa', ADMIN_SIZES)

    step('the refund on the payment')
    await page.getByRole('article').getByRole('link', { name: 'جزئیات' }).click()
    await page.getByRole('heading', { level: 1, name: 'جزئیات پرداخت' }).waitFor()
    const refunds = page.getByRole('region', { name: 'بازپرداخت‌ها' })
    await refunds.getByText(`${persianDigits(halfToman)} تومان`).waitFor()
    await refunds.getByText(REASON).waitFor()
    await expectNoSeriousViolations(page, 'payment page')
    await screenshotBothSizes(page, 'admin-payment-refunded-fa', ADMIN_SIZES)

    step('the payments list and its CSV')
    await page.getByRole('navigation', { name: 'بخش‌های پنل' }).getByText('پرداخت‌ها').click()
    await page.getByRole('heading', { level: 1, name: 'پرداخت‌ها' }).waitFor()
    await page.getByRole('table').waitFor()
    await screenshotBothSizes(page, 'admin-payments-fa', ADMIN_SIZES)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'دریافت CSV' }).click(),
    ])
    const csv = readFileSync(await download.path(), 'utf8')
    expect(csv.startsWith('\uFEFFشناسه تراکنش,نوع,وضعیت,مبلغ (تومان)')).toBe(true)
    expect(csv).toContain(`,بازپرداخت,`)
    expect(csv).toContain(REASON)

    step('in English')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor()
    await screenshotBothSizes(page, 'admin-payments-en', [DESKTOP])
    expect(suite.pageErrors).toEqual([])
  }, 240_000)
})
