import { formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import type { ValueControl } from '../value-control.ts'

/**
 * A value as people read it: an option's name, on/off, a localised number or list of numbers,
 * or the text. A secret only says whether it is set.
 */
export function useShownValue() {
  const { t } = useTranslation()
  const language = useLanguage()
  return (control: ValueControl, value: unknown, sensitive: boolean): string => {
    if (value === null || value === undefined) return t('configuration.notSet')
    if (sensitive) return t('configuration.masked')
    if (control.kind === 'switch') return value ? t('configuration.on') : t('configuration.off')
    if (control.kind === 'select') {
      return t(`configuration.options.${String(value)}`, { defaultValue: String(value) })
    }
    if (control.kind === 'numberList' && Array.isArray(value)) {
      // Without thousands separators: "1,440, 60" would not read as two numbers.
      const plain = (item: unknown) =>
        typeof item === 'number' ? formatNumber(item, language, { useGrouping: false }) : ''
      return value.map(plain).join(language === 'fa' ? '، ' : ', ')
    }
    if (typeof value === 'number') return formatNumber(value, language)
    return typeof value === 'string' ? value : JSON.stringify(value)
  }
}
