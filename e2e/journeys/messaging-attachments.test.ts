import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Dr. +989120000101 answers the clinical department's inbox in the demo data. */
const CLINICAL_PSYCHOLOGIST = '+989120000101'

const step = (name: string) => console.info(`attachments e2e: ${name}`)

/** The smallest PDF the server's type check accepts. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

/** A real photo-sized PNG, drawn by the browser itself. */
async function drawnPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 960
    canvas.height = 640
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    const gradient = context.createLinearGradient(0, 0, 960, 640)
    gradient.addColorStop(0, '#0f766e')
    gradient.addColorStop(1, '#fbbf24')
    context.fillStyle = gradient
    context.fillRect(0, 0, 960, 640)
    context.fillStyle = '#fff'
    context.beginPath()
    context.arc(480, 320, 160, 0, Math.PI * 2)
    context.fill()
    return canvas.toDataURL('image/png')
  })
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64')
}

const delivered = (page: Page, text: string) =>
  page.locator('article[data-message-id]').filter({ hasText: text })

async function inEnglish(page: Page) {
  await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
  await page.reload()
}

describeInBrowser('messaging attachments', (suite) => {
  it('a patient sends a photo and a PDF; the psychologist previews, enlarges and downloads them', async () => {
    const patient = await suite.newPage()
    const staff = await suite.newPage()
    await signInWithCode(patient.page, suite.baseUrl, freshPhone())
    await signInWithCode(staff.page, suite.baseUrl, CLINICAL_PSYCHOLOGIST)
    suite.pageErrors.length = 0

    step('conversation')
    const subject = `نتیجهٔ آزمایش ${Date.now()}`
    await patient.page.goto(`${suite.baseUrl}/messages/new`)
    await patient.page.getByRole('radio', { name: /^بالینی/ }).check()
    await patient.page.getByLabel('موضوع (اختیاری)').fill(subject)
    await patient.page.getByLabel('پیام', { exact: true }).fill('سلام، نتیجه را می‌فرستم.')
    await patient.page.getByRole('button', { name: 'ارسال پیام' }).click()
    await patient.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    const threadUrl = patient.page.url()

    step('attach')
    const png = await drawnPng(patient.page)
    await patient.page.getByTestId('attach-input').setInputFiles([
      { name: 'عکس نسخه.png', mimeType: 'image/png', buffer: png },
      { name: 'نتیجه آزمایش.pdf', mimeType: 'application/pdf', buffer: PDF },
    ])
    // A second picture, pasted into the text box as a screenshot would be.
    await patient.page.getByLabel('پیام شما').evaluate(
      (box, bytes) => {
        const data = new DataTransfer()
        data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }))
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
      },
      [...png],
    )
    const tray = patient.page.getByRole('list', { name: 'فایل‌های پیوست' })
    await expect
      .poll(() => tray.locator('li[data-upload-status="ready"]').count(), { timeout: 20_000 })
      .toBe(3)
    await patient.page.getByLabel('پیام شما').fill('این هم نسخه و نتیجهٔ آزمایش')
    await screenshotBothSizes(patient.page, 'messaging-attach-tray-fa')
    expect(await seriousViolations(patient.page)).toEqual([])
    await patient.page.getByLabel('پیام شما').press('Enter')
    const sent = delivered(patient.page, 'نتیجهٔ آزمایش')
    await sent.getByRole('link', { name: 'دانلود نتیجه آزمایش.pdf' }).waitFor({ timeout: 15_000 })
    await expect.poll(() => tray.count()).toBe(0)

    step('files only')
    // A second message of a file alone: no text, and the list says what it is.
    // Dropped onto the conversation.
    const dropped = await patient.page.evaluateHandle((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'پیوست دوم.pdf', { type: 'application/pdf' }))
      return data
    }, PDF.toString('latin1'))
    const messagesArea = patient.page.getByRole('region', { name: 'پیام‌های گفتگو' })
    await messagesArea.dispatchEvent('dragenter', { dataTransfer: dropped })
    await patient.page.getByText('فایل‌ها را اینجا رها کنید').waitFor()
    await screenshotBothSizes(patient.page, 'messaging-attach-drop-fa')
    await messagesArea.dispatchEvent('drop', { dataTransfer: dropped })
    await tray.locator('li[data-upload-status="ready"]').waitFor({ timeout: 20_000 })
    await patient.page.getByRole('button', { name: 'ارسال' }).click()
    await patient.page
      .locator('article[data-message-id]')
      .getByRole('link', { name: 'دانلود پیوست دوم.pdf' })
      .waitFor({ timeout: 15_000 })

    step('psychologist sees the preview')
    await staff.page.goto(threadUrl)
    const thumbnail = staff.page.getByRole('button', { name: 'بزرگ کردن تصویر عکس نسخه.png' })
    await thumbnail.waitFor({ timeout: 15_000 })
    await expect
      .poll(() =>
        thumbnail.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0)
    await screenshotBothSizes(staff.page, 'messaging-attachments-fa')
    expect(await seriousViolations(staff.page)).toEqual([])

    step('lightbox')
    await thumbnail.click()
    const dialog = staff.page.getByRole('dialog', { name: 'تصویر ۱ از ۲' })
    await dialog.waitFor()
    // In Persian the next picture is to the left.
    await staff.page.keyboard.press('ArrowLeft')
    await staff.page.getByRole('dialog', { name: 'تصویر ۲ از ۲' }).waitFor()
    await staff.page.keyboard.press('ArrowRight')
    await dialog.waitFor()
    await expect
      .poll(() => dialog.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0)
    // Focus is inside the dialog, the page behind is inert.
    expect(await staff.page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(
      true,
    )
    await screenshotBothSizes(staff.page, 'messaging-lightbox-fa')
    expect(await seriousViolations(staff.page)).toEqual([])
    await staff.page.keyboard.press('Escape')
    await staff.page.getByRole('dialog').waitFor({ state: 'detached' })
    expect(await thumbnail.evaluate((element) => element === document.activeElement)).toBe(true)

    step('download')
    const card = staff.page.getByRole('link', { name: 'دانلود نتیجه آزمایش.pdf' })
    expect(await card.textContent()).toMatch(/PDF · [۰-۹]+ بایت/)
    const href = (await card.getAttribute('href')) ?? ''
    const response = await staff.page.request.get(`${suite.baseUrl}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toMatch(/^attachment/)
    const [download] = await Promise.all([staff.page.waitForEvent('download'), card.click()])
    expect(download.suggestedFilename()).toBe('نتیجه آزمایش.pdf')

    step('list preview')
    await patient.page.goto(`${suite.baseUrl}/messages`)
    const listed = patient.page.getByRole('list', { name: 'گفتگوها' }).getByRole('listitem').first()
    await listed.getByText(subject).waitFor()
    await listed.getByText('📎 فایل').waitFor()

    step('english')
    await inEnglish(staff.page)
    await staff.page.goto(threadUrl)
    const enThumbnail = staff.page.getByRole('button', { name: 'Enlarge image عکس نسخه.png' })
    await enThumbnail.waitFor({ timeout: 15_000 })
    await staff.page.getByRole('link', { name: 'Download نتیجه آزمایش.pdf' }).waitFor()
    await screenshotBothSizes(staff.page, 'messaging-attachments-en')
    await enThumbnail.click()
    await staff.page.getByRole('dialog', { name: 'Image 1 of 2' }).waitFor()
    await staff.page.keyboard.press('ArrowRight')
    await staff.page.getByRole('dialog', { name: 'Image 2 of 2' }).waitFor()
    await screenshotBothSizes(staff.page, 'messaging-lightbox-en')
    await staff.page.keyboard.press('Escape')

    await inEnglish(patient.page)
    await patient.page.goto(threadUrl)
    await patient.page.getByTestId('attach-input').setInputFiles([
      { name: 'scan.png', mimeType: 'image/png', buffer: png },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') },
    ])
    const enTray = patient.page.getByRole('list', { name: 'Attached files' })
    await enTray.getByText('Only photos and PDFs can be attached.').waitFor({ timeout: 20_000 })
    await enTray.locator('li[data-upload-status="ready"]').waitFor({ timeout: 20_000 })
    // A wrong type stays wrong: no retry offered, only removal.
    expect(await enTray.getByRole('button', { name: 'Try again' }).count()).toBe(0)

    step('offline upload, then retry')
    await patient.context.setOffline(true)
    await patient.page
      .getByTestId('attach-input')
      .setInputFiles([{ name: 'report.pdf', mimeType: 'application/pdf', buffer: PDF }])
    await enTray.getByText('You are offline; try again once connected.').waitFor()
    await screenshotBothSizes(patient.page, 'messaging-attach-tray-en')
    await patient.context.setOffline(false)
    await enTray.getByRole('button', { name: 'Try again' }).click()
    await expect
      .poll(() => enTray.locator('li[data-upload-status="ready"]').count(), { timeout: 20_000 })
      .toBe(2)
    await patient.page.getByRole('button', { name: 'Remove notes.txt' }).click()
    await patient.page.getByRole('button', { name: 'Send' }).click()
    await patient.page
      .locator('article[data-message-id]')
      .getByRole('link', { name: 'Download report.pdf' })
      .waitFor({ timeout: 15_000 })

    // Chromium logs the refused upload (415) and the one tried offline; nothing else may appear.
    const expected = /status of 415|ERR_INTERNET_DISCONNECTED|WebSocket connection to/
    expect(suite.pageErrors.filter((error) => !expected.test(error))).toEqual([])
  }, 240_000)
})
