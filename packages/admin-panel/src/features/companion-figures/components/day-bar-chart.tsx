import { formatDay, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import type { CompanionDay, FigureKind } from '../figure-totals.ts'

/**
 * One count per day as bars, oldest first (on the right in Persian), drawn with CSS: the panel
 * has no charting library. Screen readers get one sentence; the exact numbers are in the table.
 */
export function DayBarChart({ days, kind }: { days: readonly CompanionDay[]; kind: FigureKind }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const max = Math.max(0, ...days.map((day) => day[kind]))
  const first = days[0]?.day
  const last = days.at(-1)?.day
  const from = first ? formatDay(first, language, 'dayMonth') : ''
  const to = last ? formatDay(last, language, 'dayMonth') : ''
  const label = t('companionFigures.chartLabel', {
    figure: t(`companionFigures.figures.${kind}`),
    from,
    to,
    max: formatNumber(max, language),
  })
  return (
    <figure className="flex flex-col gap-2">
      <div
        role="img"
        aria-label={label}
        className="flex h-44 items-end gap-px border-b border-line-strong"
      >
        {days.map((day) => (
          <div
            key={day.day}
            title={`${formatDay(day.day, language, 'long')}: ${formatNumber(day[kind], language)}`}
            className="flex-1 rounded-t-sm bg-primary"
            style={{ height: max === 0 ? 0 : `${(day[kind] / max) * 100}%` }}
          />
        ))}
      </div>
      <div aria-hidden="true" className="flex justify-between text-xs text-ink-muted">
        <span>{from}</span>
        <span>{to}</span>
      </div>
    </figure>
  )
}
