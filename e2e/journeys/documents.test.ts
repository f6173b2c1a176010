import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { bookFreeIntro, FREE_INTRO_PSYCHOLOGIST } from '../support/free-intro.ts'
import { newPatient } from '../support/patient-steps.ts'
import { followMoreMenuLink } from '../support/phone-tab-bar.ts'
import { signInWithCode } from '../support/sign-in.ts'

const step = (name: string) => console.info(`documents e2e: ${name}`)

/** The smallest PDF the server's type check accepts. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

/** A photographed page, as a PNG the browser draws. */
async function drawnPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 800
    canvas.height = 1100
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.fillStyle = '#fafaf9'
    context.fillRect(0, 0, 800, 1100)
    context.fillStyle = '#57534e'
    for (let line = 0; line < 20; line++) context.fillRect(80, 120 + line * 44, 560, 10)
    return canvas.toDataURL('image/png')
  })
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64')
}

const item = (page: Page, name: string) =>
  page.getByRole('list', { name: 'مدارک من' }).getByRole('listitem').filter({ hasText: name })

describeInBrowser('documents', (suite) => {
  it('a patient uploads a PDF, links it to a session, and the psychologist opens it', async () => {
    const patient = await newPatient(suite)
    const booked = await bookFreeIntro(patient.context(), suite.baseUrl)
    expect(booked.status).toBe('confirmed')
    suite.pageErrors.length = 0

    step('empty page, reached from the navigation')
    await patient.goto(`${suite.baseUrl}/appointments`)
    await followMoreMenuLink(patient, 'مدارک من')
    await patient.waitForURL(/\/documents$/)
    await patient.getByRole('heading', { name: 'هنوز مدرکی ندارید' }).waitFor()
    await screenshotBothSizes(patient, 'documents-empty-fa')
    expect(await seriousViolations(patient)).toEqual([])

    step('upload')
    const input = patient.getByTestId('document-input')
    await input.setInputFiles([
      { name: 'نامهٔ ارجاع.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'نسخهٔ دارو.png', mimeType: 'image/png', buffer: await drawnPng(patient) },
    ])
    await item(patient, 'نامهٔ ارجاع.pdf').waitFor({ timeout: 20_000 })
    await item(patient, 'نسخهٔ دارو.png').waitFor({ timeout: 20_000 })
    // An iPhone photo is explained, not sent.
    await input.setInputFiles([
      { name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: Buffer.from('not sent') },
    ])
    const uploads = patient.getByRole('list', { name: 'بارگذاری‌ها' })
    await uploads.getByText(/سازگارترین/).waitFor()

    step('link to the session')
    const letter = item(patient, 'نامهٔ ارجاع.pdf')
    await letter.getByRole('combobox', { name: 'برای جلسه' }).selectOption(booked.id)
    await letter.getByText('ذخیره شد').waitFor()
    expect(await letter.textContent()).toMatch(/PDF · [۰-۹]+ بایت · [۰-۹]+ \S+ ۱۴[۰-۹]{2}/)
    await screenshotBothSizes(patient, 'documents-list-fa')
    expect(await seriousViolations(patient)).toEqual([])

    step('the psychologist opens it')
    const staff = await suite.newPage()
    await signInWithCode(staff.page, suite.baseUrl, FREE_INTRO_PSYCHOLOGIST.phone)
    await staff.page.goto(`${suite.baseUrl}/appointments/${booked.id}`)
    const theirs = staff.page.getByRole('list', { name: 'مدارک مراجع' })
    await theirs.waitFor({ timeout: 15_000 })
    const linked = theirs.getByRole('listitem').filter({ hasText: 'نامهٔ ارجاع.pdf' })
    await linked.getByText('برای همین جلسه').waitFor()
    expect(await theirs.getByRole('listitem').count()).toBe(2)
    await screenshotBothSizes(staff.page, 'documents-psychologist-fa')
    expect(await seriousViolations(staff.page)).toEqual([])
    const open = linked.getByRole('link', { name: 'باز کردن نامهٔ ارجاع.pdf' })
    const href = (await open.getAttribute('href')) ?? ''
    const response = await staff.page.request.get(`${suite.baseUrl}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toMatch(/^attachment/)
    expect((await response.body()).equals(PDF)).toBe(true)
    const [download] = await Promise.all([staff.page.waitForEvent('download'), open.click()])
    expect(download.suggestedFilename()).toBe('نامهٔ ارجاع.pdf')

    step('delete, and the psychologist no longer has it')
    const photo = item(patient, 'نسخهٔ دارو.png')
    await photo.getByRole('button', { name: 'حذف نسخهٔ دارو.png' }).click()
    await photo.getByRole('button', { name: 'بله، حذف شود' }).click()
    // The name sits between Unicode isolate marks (FSI … PDI) in the sentence.
    await patient.getByText('«\u2068نسخهٔ دارو.png\u2069» حذف شد.').waitFor()
    await expect.poll(() => item(patient, 'نسخهٔ دارو.png').count()).toBe(0)
    await staff.page.reload()
    await theirs.getByRole('listitem').first().waitFor({ timeout: 15_000 })
    expect(await theirs.getByRole('listitem').count()).toBe(1)

    step('english')
    await patient.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    await patient.reload()
    await patient.getByRole('heading', { level: 1, name: 'My documents' }).waitFor()
    await patient.getByRole('link', { name: 'Open نامهٔ ارجاع.pdf' }).waitFor()
    await screenshotBothSizes(patient, 'documents-list-en')

    // Downloads cancel the page's own navigation in Chromium; nothing else may be logged.
    expect(suite.pageErrors.filter((error) => !/WebSocket connection to/.test(error))).toEqual([])
  }, 180_000)
})
