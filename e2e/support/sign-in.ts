import type { Page } from 'playwright-core'

interface OutboxItem {
  to: string
  text: string
  purpose: string
  createdAt: string
}

/** A phone number nobody else in the run uses: +98912 then 7 digits from the clock and chance. */
export function freshPhone(): string {
  const digits = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 10)}`.padStart(7, '0')
  return `0912${digits.slice(-7)}`
}

/**
 * Signs this page in through the Persian sign-in form with a code from the dev outbox, as a
 * person would (the code typed in Persian digits). Waits until the app has left /sign-in.
 */
export async function signInWithCode(page: Page, baseUrl: string, phone: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('شماره موبایل یا ایمیل').fill(phone)
  const sent = Date.now()
  await page.getByRole('button', { name: 'دریافت کد ورود' }).click()
  await page.getByLabel('کد ۶ رقمی').waitFor()
  const code = await codeSentAfter(baseUrl, phone, sent)
  // Six digits submit the form by themselves; clicking "ورود" as well raced the page change
  // (the button is busy, then gone) and could wait for a button that no longer exists.
  await page.getByLabel('کد ۶ رقمی').fill(toPersianDigits(code))
  await page.waitForURL((url) => url.pathname !== '/sign-in')
}

/** The code last sent to `to` (a phone or email) at or after `after` (ms since epoch). */
export async function codeSentAfter(baseUrl: string, to: string, after: number) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${baseUrl}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`)
    const { items } = (await response.json()) as { items: OutboxItem[] }
    const fresh = items.find((item) => Date.parse(item.createdAt) >= after - 1000)
    const code = fresh?.text.match(/\d{6}/)?.[0]
    if (code) return code
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no code reached the dev outbox for ${to}`)
}

const toPersianDigits = (text: string) =>
  text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)))
