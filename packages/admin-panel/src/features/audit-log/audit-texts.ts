import { toJalali } from '@yektayar/shared/types'
import { type Language, localizeDigits, useTranslation } from '@yektayar/ui'

/** A known action in words ("Clinical note read"), an unknown one as its code. */
export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation()
  return (action) => t(`auditLog.actions.${action.replaceAll('.', '_')}`, { defaultValue: action })
}

/** How a filter day reads back in its field: Jalali `۱۴۰۵/۰۹/۱۶` in fa, `2026-12-07` in en. */
export function dayInputText(day: string, language: Language): string {
  if (language === 'en') return day
  const { year, month, day: d } = toJalali(day)
  const pad = (n: number) => String(n).padStart(2, '0')
  return localizeDigits(`${year}/${pad(month)}/${pad(d)}`, language)
}
