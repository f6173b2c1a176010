import { localizeDigits } from '../format/digits.ts'
import type { Language } from '../i18n/language.ts'

/**
 * The footer's year, Jalali in fa. Plain arithmetic rather than Intl: the first Intl formatter a
 * page creates loads the locale data, tens of milliseconds of main thread on a phone, and the
 * home and sign-in pages need no other. The Jalali year starts at Nowruz, 20 or 21 March; on
 * 20 March of some years this still shows the old year for a day, which a copyright line can bear.
 */
export function footerYear(language: Language, now = new Date()): string {
  const year = now.getFullYear()
  if (language === 'en') return String(year)
  const afterNowruz = now.getMonth() > 2 || (now.getMonth() === 2 && now.getDate() >= 21)
  return localizeDigits(String(afterNowruz ? year - 621 : year - 622), 'fa')
}
