import type { DashboardFigure, DashboardFigureKey } from '@yektayar/shared/types'
import { Card, cx, formatDay, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { Link } from 'react-router'
import { formatChange, formatFigure, type Trend, trendOf } from '../figure-format.ts'
import { figureLink } from '../figure-links.ts'
import { WeekChart } from './week-chart.tsx'

/** Figures where a rise is bad news: shown in the danger colour when they go up. */
const RISE_IS_BAD: readonly DashboardFigureKey[] = [
  'noShowRate',
  'pendingVerification',
  'openSafetyAlerts',
  'failedNotifications',
]

const ARROWS: Record<Trend, string> = { up: '▲', down: '▼', flat: '●', none: '' }

/** One figure: this week's number as text, its change from last week, its weeks, its list. */
export function FigureCard({ figure }: { figure: DashboardFigure }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const titleId = useId()
  const title = t(`dashboard.figures.${figure.key}.title`)
  const trend = trendOf(figure.current, figure.previous)
  const good = trend === 'flat' || (trend === 'up') !== RISE_IS_BAD.includes(figure.key)
  const thisWeek = figure.weeks.at(-1)?.weekStart ?? ''
  const link = figureLink(figure.key, thisWeek)
  const linkText = t(`dashboard.figures.${figure.key}.list`)
  return (
    <Card className="flex flex-col gap-3 p-5" aria-labelledby={titleId} role="group">
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="font-bold text-ink">
          {title}
        </h3>
        <span className="text-xs text-ink-muted">{t(`dashboard.when.${figure.key}`)}</span>
      </div>
      <p className="text-3xl font-extrabold text-ink" data-testid={`figure-${figure.key}`}>
        {formatFigure(figure.current, figure.unit, language)}
      </p>
      <p
        className={cx(
          'text-sm font-medium',
          trend === 'none' || trend === 'flat'
            ? 'text-ink-muted'
            : good
              ? 'text-success'
              : 'text-danger',
        )}
      >
        <span aria-hidden="true">{ARROWS[trend]} </span>
        {trendText(t, trend, figure, language)}
      </p>
      <figure className="flex flex-col gap-1">
        <WeekChart figure={figure} title={title} />
        <figcaption className="sr-only">{summaryOf(t, figure, title, language)}</figcaption>
      </figure>
      <p className="text-xs leading-relaxed text-ink-muted">
        {t(`dashboard.figures.${figure.key}.help`)}
      </p>
      {link.outsidePanel ? (
        <a href={link.to} className="mt-auto text-sm font-semibold text-primary hover:underline">
          {linkText}
        </a>
      ) : (
        <Link to={link.to} className="mt-auto text-sm font-semibold text-primary hover:underline">
          {linkText}
        </Link>
      )}
    </Card>
  )
}

type Translate = ReturnType<typeof useTranslation>['t']
type Language = ReturnType<typeof useLanguage>

function trendText(t: Translate, trend: Trend, figure: DashboardFigure, language: Language) {
  if (trend === 'none' || figure.current === null || figure.previous === null) {
    return t('dashboard.trend.none')
  }
  if (trend === 'flat') return t('dashboard.trend.flat')
  const change = formatChange(figure.current, figure.previous, figure.unit, language)
  const key = figure.unit === 'percent' ? `${trend}Points` : trend
  return t(`dashboard.trend.${key}`, { change })
}

/** The chart in words: its weeks, the lowest and highest, and this week. */
function summaryOf(t: Translate, figure: DashboardFigure, title: string, language: Language) {
  const values = figure.weeks.flatMap((week) => (week.value === null ? [] : [week.value]))
  const first = figure.weeks[0]?.weekStart
  return t('dashboard.chartSummary', {
    figure: title,
    weeks: formatNumber(figure.weeks.length, language),
    from: first ? formatDay(first, language, 'long') : '',
    min: formatFigure(values.length ? Math.min(...values) : null, figure.unit, language),
    max: formatFigure(values.length ? Math.max(...values) : null, figure.unit, language),
    current: formatFigure(figure.current, figure.unit, language),
  })
}
