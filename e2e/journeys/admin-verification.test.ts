import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { adminWithTwoStep } from '../support/admin-sign-in.ts'
import { api, signInByApi } from '../support/api-client.ts'
import { writeArtifact } from '../support/artifacts.ts'
import { expectNoSeriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { DESKTOP, describeInBrowser } from '../support/browser-suite.ts'

/**
 * A psychologist asks for verification (a new licence number withdraws the old one) with a
 * document; the admin reviews them in the panel, sends the profile back with a reason (the
 * psychologist is told), approves it once fixed, and the psychologist shows verified in the
 * directory; the dashboard's pending-verification count follows. Own backend: the demo admin
 * enrols two-step sign-in here, which would change them for every other journey.
 */

/** Dr. 108, a demo psychologist; on this journey's own backend nobody else uses him. */
const PSYCHOLOGIST_PHONE = '+989120000108'
const PSYCHOLOGIST_NAME = 'امیر نوری'
const LICENCE = 'PS-E2E-1405-108'
const REASON = 'تصویر پروانه خوانا نیست؛ لطفاً نسخهٔ روشن‌تری بارگذاری کنید.'
const TABLET = { width: 820, height: 1180 }
/** The smallest PDF the server's type check accepts. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

const step = (name: string) => console.info(`admin verification e2e: ${name}`)

/** Whole-page screenshots at desktop (1280×800) and tablet (820×1180), then back to desktop. */
async function screenshotDesktopAndTablet(page: Page, name: string) {
  for (const size of [DESKTOP, TABLET]) {
    await page.setViewportSize(size)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const file = `screenshots/${name}-${size.width}x${size.height}.png`
    writeArtifact(file, await page.screenshot({ fullPage: true, animations: 'disabled' }))
  }
  await page.setViewportSize(DESKTOP)
}

async function pendingCount(page: Page) {
  const text = await page.getByTestId('figure-pendingVerification').textContent()
  return Number((text ?? '').replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))))
}

describeInBrowser('admin verification', (suite) => {
  let backend: BackendServer

  beforeAll(async () => {
    backend = await startBackend()
  }, 120_000)

  afterAll(async () => {
    await backend?.stop()
  })

  it('an admin sends a profile back with a reason, then verifies it once fixed', {
    timeout: 240_000,
  }, async () => {
    const origin = backend.origin
    step('the psychologist gives a new licence number and uploads its picture')
    const psychologist = await signInByApi(origin, PSYCHOLOGIST_PHONE)
    const token = psychologist.token
    const me = await api<{ id: string }>(origin, '/professionals/me', { token })
    await api(origin, '/professionals/me/profile', {
      method: 'PUT',
      token,
      body: JSON.stringify({ licenseNumber: LICENCE }),
    })
    const form = new FormData()
    form.set('purpose', 'document')
    form.set('file', new Blob([PDF], { type: 'application/pdf' }), 'پروانهٔ نظام.pdf')
    await api(origin, '/files', { method: 'POST', token, body: form })
    const hidden = await api<{ items: { id: string }[] }>(origin, '/professionals?limit=50')
    expect(hidden.items.map((item) => item.id)).not.toContain(me.id)

    step('the admin signs in with two-step and opens the dashboard')
    const { context, page } = await suite.newPage({ viewport: DESKTOP })
    await adminWithTwoStep(context, origin)
    await page.goto(`${origin}/admin`)
    await page.getByRole('heading', { level: 1, name: 'پیشخوان' }).waitFor()
    await page.getByTestId('figure-pendingVerification').waitFor()
    const pendingBefore = await pendingCount(page)
    expect(pendingBefore).toBeGreaterThanOrEqual(1)
    await expectNoSeriousViolations(page, 'dashboard')
    await screenshotDesktopAndTablet(page, 'admin-dashboard')

    step('the verification queue, from the dashboard')
    await page.getByRole('link', { name: 'صف تأیید روان‌شناسان' }).click()
    await page.getByRole('heading', { level: 1, name: 'روان‌شناسان' }).waitFor()
    const row = page.getByRole('row').filter({ hasText: PSYCHOLOGIST_NAME })
    await row.getByText('بررسی‌نشده').waitFor()
    await row.getByText(LICENCE).waitFor()
    await expectNoSeriousViolations(page, 'verification queue')
    await screenshotDesktopAndTablet(page, 'admin-verification-queue')

    step('review: profile and document, then send it back with a reason')
    await row.getByRole('link', { name: PSYCHOLOGIST_NAME }).click()
    await page.getByRole('heading', { level: 1, name: PSYCHOLOGIST_NAME }).waitFor()
    const document = page.getByRole('link', { name: 'باز کردن پروانهٔ نظام.pdf' })
    await document.waitFor()
    const opened = await page.request.get(`${origin}${await document.getAttribute('href')}`)
    expect(opened.status()).toBe(200)
    await expectNoSeriousViolations(page, 'clinician review')
    await screenshotDesktopAndTablet(page, 'admin-clinician-review')
    await page.getByRole('button', { name: 'برگرداندن برای اصلاح' }).click()
    const dialog = page.getByRole('dialog', { name: 'برگرداندن پروفایل برای اصلاح' })
    await dialog.getByLabel(/دلیل/).fill(REASON)
    await screenshotDesktopAndTablet(page, 'admin-clinician-reject')
    await dialog.getByRole('button', { name: 'فرستادن' }).click()
    await page.getByText(/دلیل برای روان‌شناس فرستاده شد/).waitFor()
    await page.getByText('برگشت برای اصلاح').first().waitFor()

    step('the psychologist is told why, and fixes the profile')
    let told = false
    for (let tries = 0; tries < 50 && !told; tries++) {
      const notices = await api<{ items: { body: string }[] }>(origin, '/notifications', { token })
      told = notices.items.some((notice) => notice.body.includes(REASON))
      if (!told) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(told, 'the psychologist was sent the reason').toBe(true)
    const mine = await api<{ rejectionReason: string }>(origin, '/professionals/me', { token })
    expect(mine.rejectionReason).toBe(REASON)
    await api(origin, '/professionals/me/profile', {
      method: 'PUT',
      token,
      body: JSON.stringify({ bioFa: 'روان‌شناس بالینی؛ تصویر روشن پروانه بارگذاری شد.' }),
    })

    step('the admin sees the change and approves')
    await page.reload()
    await page.getByText('اصلاح‌شده، منتظر بررسی').waitFor()
    await page.getByRole('button', { name: 'تأیید پروفایل' }).click()
    await page
      .getByRole('dialog', { name: 'تأیید پروفایل' })
      .getByRole('button', { name: 'تأیید', exact: true })
      .click()
    await page.getByText('پروفایل تأیید شد و به روان‌شناس خبر داده شد.').waitFor()

    step('the directory lists the psychologist as verified')
    const listed = await api<{ items: { id: string; isVerified: boolean }[] }>(
      origin,
      '/professionals?limit=50',
    )
    expect(listed.items.find((item) => item.id === me.id)?.isVerified).toBe(true)

    step('the dashboard counts one fewer pending')
    await page.getByRole('navigation', { name: 'بخش‌های پنل' }).getByText('پیشخوان').click()
    await page.getByTestId('figure-pendingVerification').waitFor()
    expect(await pendingCount(page)).toBe(pendingBefore - 1)

    step('the same dashboard in English, left to right')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    await screenshotDesktopAndTablet(page, 'admin-dashboard-en')
  })
})
