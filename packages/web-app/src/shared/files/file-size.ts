import type { Language } from '@yektayar/ui'
import { formatNumber } from '@yektayar/ui'

const UNITS = {
  fa: ['بایت', 'کیلوبایت', 'مگابایت'],
  en: ['B', 'KB', 'MB'],
} as const

/** "۲٫۴ مگابایت" / "2.4 MB": one decimal from a kilobyte up, digits in the reader's script. */
export function formatFileSize(bytes: number, language: Language): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < 2) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 ? 0 : 1
  const number = formatNumber(Number(value.toFixed(digits)), language, {
    maximumFractionDigits: digits,
  })
  return `${number} ${UNITS[language][unit]}`
}

/** What kind of file a card says it is. */
export function fileKindOf(mime: string): 'pdf' | 'image' | 'file' {
  if (mime === 'application/pdf') return 'pdf'
  return mime.startsWith('image/') ? 'image' : 'file'
}
