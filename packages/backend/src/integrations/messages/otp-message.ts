import { toPersianDigits } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'

/**
 * One-time code texts. They are deliberately plain: an SMS preview or a shared inbox must not
 * reveal that the recipient uses a mental-health service, so they name only "YektaYar".
 * The code itself stays in Latin digits in both languages because phone keyboards and SMS
 * autofill read those; surrounding numbers follow the language.
 */

export const OTP_VALIDITY_MINUTES = 2

export interface OtpEmail {
  subject: string
  text: string
  html: string
}

/**
 * Short enough for a single SMS segment: Persian goes out as UCS-2, where one segment holds
 * only 70 characters and every extra segment is billed.
 */
export function otpSmsText(code: string, locale: Locale): string {
  if (locale === 'fa') {
    const minutes = toPersianDigits(String(OTP_VALIDITY_MINUTES))
    return `کد ورود شما به یکتایار: ${code}\nاین کد تا ${minutes} دقیقه معتبر است.`
  }
  return `Your YektaYar sign-in code: ${code}\nIt is valid for ${OTP_VALIDITY_MINUTES} minutes.`
}

export function otpEmail(code: string, locale: Locale): OtpEmail {
  const text = otpEmailText(code, locale)
  const subject = locale === 'fa' ? 'کد ورود یکتایار' : 'Your YektaYar sign-in code'
  return { subject, text, html: toHtml(text, locale) }
}

function otpEmailText(code: string, locale: Locale): string {
  if (locale === 'fa') {
    return [
      otpSmsText(code, locale),
      'اگر شما این کد را درخواست نکرده‌اید، این ایمیل را نادیده بگیرید.',
      'این کد را به هیچ‌کس ندهید.',
    ].join('\n')
  }
  return [
    otpSmsText(code, locale),
    'If you did not ask for this code, you can ignore this email.',
    'Do not share this code with anyone.',
  ].join('\n')
}

// Many mail clients render Persian left-to-right unless the HTML says otherwise.
function toHtml(text: string, locale: Locale): string {
  const dir = locale === 'fa' ? 'rtl' : 'ltr'
  const paragraphs = text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
  return `<!doctype html><html lang="${locale}" dir="${dir}"><body>${paragraphs}</body></html>`
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}
