import { toLatinDigits } from '@yektayar/shared/types'

/**
 * Toman typed by an admin (any digits, thousands separators allowed) as integer rials, or null
 * when it is not a whole non-negative amount. The API speaks rials; people speak toman.
 */
export function tomanToRials(input: string): number | null {
  const text = toLatinDigits(input.trim()).replace(/[,٬\s]/g, '')
  if (!/^\d{1,14}$/.test(text)) return null
  return Number(text) * 10
}

/** Rials back as the toman a field shows (Latin digits: the field is typed in). */
export const rialsToTomanText = (rials: string | number) => String(Math.floor(Number(rials) / 10))
