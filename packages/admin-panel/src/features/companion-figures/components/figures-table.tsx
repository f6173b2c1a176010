import { formatDay, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { type CompanionDay, FIGURE_KINDS } from '../figure-totals.ts'

/** Every count of every day, for exact numbers and for screen readers. */
export function FiguresTable({ days }: { days: readonly CompanionDay[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <details className="rounded-xl border border-line bg-surface">
      <summary className="cursor-pointer px-4 py-3 font-medium text-ink">
        {t('companionFigures.tableToggle')}
      </summary>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-line text-start text-ink-muted">
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t('companionFigures.day')}
              </th>
              {FIGURE_KINDS.map((kind) => (
                <th key={kind} scope="col" className="px-3 py-2 text-end font-medium">
                  {t(`companionFigures.figures.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day} className="border-b border-line last:border-b-0">
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-start font-normal">
                  <time dateTime={day.day}>{formatDay(day.day, language, 'long')}</time>
                </th>
                {FIGURE_KINDS.map((kind) => (
                  <td key={kind} className="px-3 py-2 text-end tabular-nums">
                    {formatNumber(day[kind], language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
