import type { Language } from '../i18n/language.ts'

const PERSIAN_ZERO = 0x06f0
const ARABIC_INDIC_ZERO = 0x0660
const LOCALES: Record<Language, string> = { fa: 'fa-IR', en: 'en-US' }

// @yektayar/shared has the same conversion, but importing it at runtime brings Zod into the
// first chunk (its modules build schemas when loaded); these few lines keep the budget.

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII, for anything typed into an input. */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO))
  })
}

/** Digits in a string (a code, a phone number) shown the way the reader writes them. */
export function localizeDigits(input: string, language: Language): string {
  if (language !== 'fa') return toLatinDigits(input)
  return input.replace(/[0-9\u0660-\u0669]/g, (digit) =>
    String.fromCharCode(PERSIAN_ZERO + Number(toLatinDigits(digit))),
  )
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A number for display: Persian digits and separators in fa, Western ones in en. */
export function formatNumber(
  value: number | bigint,
  language: Language,
  options: Intl.NumberFormatOptions = {},
): string {
  // Small whole numbers (steps, counts) need no separators: the same text without Intl, whose
  // first formatter costs a phone tens of milliseconds loading locale data.
  const plain = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000
  if (plain && Object.keys(options).length === 0) return localizeDigits(String(value), language)
  const key = `${language}:${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options)
    numberFormats.set(key, format)
  }
  return format.format(value)
}
