import type { Language } from '../i18n/language.ts'
import { formatNumber } from './digits.ts'

/** An amount as the API sends it: integer rials, as a number or (BIGINT columns) a string. */
export type Rials = number | bigint | string

const TOMAN: Record<Language, string> = { fa: 'تومان', en: 'toman' }

/**
 * Prices are stored in rials but people in Iran think and talk in toman (10 rials), so the
 * screen shows toman. Whole amounts stay bigint, so fees beyond 2^53 rials never round.
 */
export function rialsToToman(amountIrr: Rials): number | bigint {
  const rials = typeof amountIrr === 'string' ? BigInt(amountIrr.trim()) : amountIrr
  if (typeof rials === 'bigint') return rials % 10n === 0n ? rials / 10n : Number(rials) / 10
  return rials / 10
}

/** `12000000` rials → "۱٬۲۰۰٬۰۰۰ تومان" in fa, "1,200,000 toman" in en. */
export function formatMoney(amountIrr: Rials, language: Language): string {
  const toman = formatNumber(rialsToToman(amountIrr), language, { maximumFractionDigits: 1 })
  return `${toman} ${TOMAN[language]}`
}
