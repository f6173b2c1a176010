import { useTranslation } from '@yektayar/ui'
import { DayField } from '../../../shared/day-field.tsx'
import type { useDayRange } from './use-day-range.ts'

export interface DayRangeFieldsProps {
  range: ReturnType<typeof useDayRange>
  /** The keys (`from`, `to`) of the fields whose text is not a day. */
  invalid: ReadonlySet<string>
}

/** From and to, Tehran days, each typed or picked on the Jalali calendar. */
export function DayRangeFields({ range, invalid }: DayRangeFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      {(['from', 'to'] as const).map((key) => (
        <DayField
          key={key}
          label={t(`money.${key}`)}
          hint={t('money.dateHint')}
          value={range[key]}
          onChange={key === 'from' ? range.setFrom : range.setTo}
          error={invalid.has(key) ? t('money.dateInvalid') : null}
        />
      ))}
    </>
  )
}
