import { execFileSync } from 'node:child_process'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes, writeArtifact } from '../support/artifacts.ts'
import { seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { newPatient, pickFreeSlot } from '../support/patient-steps.ts'
import { freshPhone } from '../support/sign-in.ts'

const MARYAM = 'مریم احمدی'
const PRICED_SESSION = 'جلسهٔ فردی آنلاین'

/** A visitor's session check answers 401, which Chromium logs; nothing else may fail. */
const unexpectedErrors = (suite: BrowserSuite) =>
  suite.pageErrors.filter((error) => !error.includes('status of 401'))

/** Maryam's priced session, a free time `minDaysAhead` out, booked: the sandbox pay page opens. */
async function bookAndOpenGateway(page: Page, suite: BrowserSuite, minDaysAhead = 0) {
  await page.goto(`${suite.baseUrl}/psychologists`)
  await page.getByRole('link', { name: MARYAM }).click()
  await page.getByRole('link', { name: `رزرو این جلسه: ${PRICED_SESSION}` }).click()
  await pickFreeSlot(page, minDaysAhead)
  await page.getByRole('button', { name: 'ادامه' }).click()
  await page.getByRole('button', { name: 'ثبت نوبت و پرداخت' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/api/v1/payments/sandbox/'))
}

/** The receipt of the one payment in my history, opened from the payments page. */
async function openReceipt(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/payments`)
  await page.getByRole('link', { name: /پرداخت نوبت/ }).click()
  await page.getByRole('heading', { level: 1, name: 'رسید پرداخت' }).waitFor()
}

async function csrfHeader(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'yy_csrf')
  return { 'x-csrf-token': decodeURIComponent(cookie?.value ?? '') }
}

describeInBrowser('payment return, receipt and refund', (suite) => {
  it('a failed payment keeps the time; paying again inside the hold succeeds', async () => {
    const page = await newPatient(suite)
    await bookAndOpenGateway(page, suite)

    // The sandbox gateway looks like the product: Persian digits only, names, no ids.
    await page.getByRole('heading', { level: 1, name: 'درگاه پرداخت آزمایشی' }).waitFor()
    await page.getByText(MARYAM).waitFor()
    await page.getByText('۱٬۴۰۰٬۰۰۰ تومان').waitFor()
    expect(await page.locator('main').textContent()).not.toMatch(/[0-9]/)
    await screenshotBothSizes(page, 'sandbox-gateway-fa')

    await page.locator('#fail').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    await page.getByRole('heading', { level: 1, name: 'پرداخت انجام نشد' }).waitFor()
    await page.getByText(/برایتان نگه می‌داریم/).waitFor()
    await screenshotBothSizes(page, 'payment-result-failed-fa')

    await page.getByRole('button', { name: 'پرداخت دوباره' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/api/v1/payments/sandbox/'))
    await page.locator('#pay').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    await page.getByRole('heading', { level: 1, name: 'پرداخت موفق بود' }).waitFor()
    await page.getByText(MARYAM).waitFor()
    expect(unexpectedErrors(suite)).toEqual([])
  }, 180_000)

  it('an early callback leaves the payment pending; paying afterwards completes it', async () => {
    const page = await newPatient(suite)
    await bookAndOpenGateway(page, suite)
    const gateway = page.url()
    const authority = gateway.split('/').at(-1) ?? ''

    // A callback before the payer finished (or a forged one) is only a hint.
    await page.goto(`${suite.baseUrl}/api/v1/payments/verify?Authority=${authority}&Status=OK`)
    await page.waitForURL((url) => url.pathname === '/payments/result')
    await page.getByRole('heading', { level: 1, name: 'در حال تأیید پرداخت' }).waitFor()
    await screenshotBothSizes(page, 'payment-result-pending-fa')

    await page.goto(gateway)
    await page.locator('#pay').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    await page.getByRole('heading', { level: 1, name: 'پرداخت موفق بود' }).waitFor()
    expect(unexpectedErrors(suite)).toEqual([])
  }, 180_000)

  it('the receipt shows the session and prints alone, as a PDF too', async () => {
    const page = await newPatient(suite)
    await bookAndOpenGateway(page, suite)
    await page.locator('#pay').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    await openReceipt(page, suite.baseUrl)
    await page.getByText(MARYAM).waitFor()
    await page.getByText(PRICED_SESSION, { exact: false }).waitFor()
    await page.getByText('۶۰۳۷****۱۲۳۴').waitFor()
    await screenshotBothSizes(page, 'receipt-fa')
    const findings = await seriousViolations(page)
    expect(findings.map((f) => `${f.id}: ${f.targets.join(', ')}`)).toEqual([])

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'چاپ یا ذخیره به‌صورت PDF' }).isVisible()).toBe(
      false,
    )
    expect(
      await page
        .locator('header')
        .filter({ has: page.locator('nav') })
        .isVisible(),
    ).toBe(false)
    expect(await page.getByText(MARYAM).isVisible()).toBe(true)
    await screenshotBothSizes(page, 'receipt-print-fa')
    // What "Save as PDF" in Chromium's print dialog writes; rendered to PNG to look at the shaping.
    const pdf = writeArtifact('receipt-fa.pdf', await page.pdf({ format: 'A4' }))
    try {
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')])
    } catch {
      // pdftoppm (poppler-utils) is optional: the PDF is kept either way.
    }
    await page.emulateMedia({ media: 'screen' })

    await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Payment receipt' }).waitFor()
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor()
    await screenshotBothSizes(page, 'receipt-en')
    expect(unexpectedErrors(suite)).toEqual([])
  }, 180_000)

  it('a refund moves from requested to sent on its own, and the patient gets a text', async () => {
    const phone = freshPhone()
    const page = await newPatient(suite, phone)
    // Quiet hours (22:00–08:00 Tehran) hold texts until morning; this journey runs at any hour.
    const quietOff = await page.request.patch(`${suite.baseUrl}/api/v1/notifications/preferences`, {
      headers: await csrfHeader(page),
      data: { quietHours: { enabled: false, start: '22:00', end: '08:00' } },
    })
    expect(quietOff.status()).toBe(200)
    // Two days out, inside the free-cancellation window.
    await bookAndOpenGateway(page, suite, 2)
    await page.locator('#pay').click()
    await page.waitForURL((url) => url.pathname === '/payments/result')
    const transactionId = new URL(page.url()).searchParams.get('transaction')
    const receipt = await page.request.get(`${suite.baseUrl}/api/v1/payments/${transactionId}`)
    const { appointmentId } = (await receipt.json()) as { appointmentId: string }
    const cancelled = await page.request.delete(
      `${suite.baseUrl}/api/v1/appointments/${appointmentId}`,
      { headers: await csrfHeader(page), data: { reason: 'نمی‌توانم بیایم' } },
    )
    expect(cancelled.status()).toBe(200)

    await openReceipt(page, suite.baseUrl)
    // Looked at first: the sandbox pays it back 45–105 s after the cancel (backend-server.ts).
    await page.getByText('درخواست بازپرداخت ثبت شد').waitFor()
    await page.getByText('درخواست شد', { exact: true }).waitFor()
    await screenshotBothSizes(page, 'receipt-refund-requested-fa')
    const findings = await seriousViolations(page)
    expect(findings.map((f) => `${f.id}: ${f.targets.join(', ')}`)).toEqual([])

    // The sandbox settles by itself within two minutes or so; the page asks again on its own.
    await page.getByText('بازپرداخت شد', { exact: true }).waitFor({ timeout: 200_000 })
    await page.getByText('مبلغ به کارت شما بازگردانده شد').waitFor()
    await screenshotBothSizes(page, 'receipt-refund-sent-fa')
    await page.goto(`${suite.baseUrl}/payments`)
    await page.getByText('بازپرداخت‌شده', { exact: true }).waitFor()
    await page.getByText('بازپرداخت شد', { exact: true }).waitFor()
    await screenshotBothSizes(page, 'payments-refund-fa')
    // The notice goes through the notifications engine: in-app at once, the text by SMS.
    const textsTo = async () => {
      const outbox = await fetch(
        `${suite.baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(`+98${phone.slice(1)}`)}`,
      )
      const { items } = (await outbox.json()) as { items: { text: string }[] }
      return items.map((item) => item.text)
    }
    await expect
      .poll(async () => (await textsTo()).some((t) => t.startsWith('بازپرداخت ۱٬۴۰۰٬۰۰۰ تومان')), {
        timeout: 30_000,
      })
      .toBe(true)
    expect(unexpectedErrors(suite)).toEqual([])
  }, 300_000)
})
