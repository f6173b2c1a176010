import type { CourseWeekFigures } from '@yektayar/shared/types'
import { Button, cx, formatDay, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'

/** A round top for the scale (1, 2, 5 × 10ⁿ), so the gridlines read as plain numbers. */
function niceMax(value: number): number {
  if (value <= 4) return 4
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10
  return step * power
}

const SERIES = [
  { key: 'enrolments', fill: 'fill-primary', swatch: 'bg-primary' },
  { key: 'completions', fill: 'fill-accent', swatch: 'bg-accent' },
] as const

/**
 * Enrolments and completions per week as grouped bars. The bars are drawn in SVG; every word
 * and number is HTML, crisp at any width. Screen readers get the same figures as a table
 * (visually hidden until someone asks to see it), since a picture of bars tells them nothing.
 */
export function WeekBarChart({ weeks }: { weeks: CourseWeekFigures[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [showTable, setShowTable] = useState(false)
  const captionId = useId()
  const tableId = useId()
  const top = niceMax(Math.max(1, ...weeks.flatMap((week) => [week.enrolments, week.completions])))
  const slot = 100 / Math.max(weeks.length, 1)
  const sum = (key: 'enrolments' | 'completions') =>
    formatNumber(
      weeks.reduce((total, week) => total + week[key], 0),
      language,
    )
  return (
    <figure aria-labelledby={captionId} className="flex flex-col gap-4">
      <figcaption id={captionId} className="flex flex-wrap items-center justify-between gap-3">
        <span className="font-bold text-ink">{t('courses.figures.chartTitle')}</span>
        <span className="flex gap-4 text-sm text-ink-muted" aria-hidden="true">
          {SERIES.map((series) => (
            <span key={series.key} className="flex items-center gap-1.5">
              <span className={cx('inline-block size-3 rounded-sm', series.swatch)} />
              {t(`courses.figures.${series.key}`)}
            </span>
          ))}
        </span>
      </figcaption>
      <p className="sr-only">
        {t('courses.figures.chartSummary', {
          enrolments: sum('enrolments'),
          completions: sum('completions'),
        })}
      </p>
      <div aria-hidden="true" className="flex gap-2">
        <div className="flex h-48 flex-col justify-between text-end text-xs text-ink-muted">
          {[top, top / 2, 0].map((value) => (
            <span key={value} className="-my-2">
              {formatNumber(value, language)}
            </span>
          ))}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <div className="relative h-48 border-b border-line-strong">
            <div className="absolute inset-x-0 top-0 border-t border-dashed border-line" />
            <div className="absolute inset-x-0 top-1/2 border-t border-dashed border-line" />
            <svg
              aria-hidden="true"
              viewBox="0 0 100 100"
              preserveAspectRatio="none"
              className="absolute inset-0 size-full rtl:-scale-x-100"
            >
              {weeks.map((week, index) =>
                SERIES.map((series, which) => {
                  const height = (100 * week[series.key]) / top
                  return (
                    <rect
                      key={`${week.weekStart}-${series.key}`}
                      x={index * slot + slot * (0.14 + which * 0.37)}
                      width={slot * 0.33}
                      y={100 - height}
                      height={height}
                      className={series.fill}
                    />
                  )
                }),
              )}
            </svg>
          </div>
          <div
            className="grid text-center text-xs text-ink-muted"
            style={{ gridTemplateColumns: `repeat(${weeks.length}, minmax(0, 1fr))` }}
          >
            {weeks.map((week, index) => (
              // Every third date on a phone, counting back from this week: twelve do not fit.
              <span
                key={week.weekStart}
                className={cx(
                  'whitespace-nowrap',
                  (weeks.length - 1 - index) % 3 !== 0 && 'max-sm:invisible',
                )}
              >
                {formatDay(week.weekStart, language, 'dayMonth')}
              </span>
            ))}
          </div>
        </div>
      </div>
      <Button
        variant="ghost"
        className="min-h-9 self-start px-3"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {t(showTable ? 'courses.figures.hideTable' : 'courses.figures.showTable')}
      </Button>
      <div id={tableId} className={showTable ? 'overflow-x-auto' : 'sr-only'}>
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t('courses.figures.chartTitle')}</caption>
          <thead className="bg-surface-muted text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {t('courses.figures.week')}
              </th>
              {SERIES.map((series) => (
                <th key={series.key} scope="col" className="px-3 py-2 text-start font-semibold">
                  {t(`courses.figures.${series.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart} className="border-t border-line">
                <th scope="row" className="px-3 py-2 text-start font-medium text-ink">
                  {formatDay(week.weekStart, language, 'long')}
                </th>
                {SERIES.map((series) => (
                  <td key={series.key} className="px-3 py-2 text-ink">
                    {formatNumber(week[series.key], language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
