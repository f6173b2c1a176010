import type { DashboardUnit } from '@yektayar/shared/types'
import { formatMoney, formatNumber, type Language } from '@yektayar/ui'

/** A figure's value as text: a count, a percentage, or rials shown as toman. */
export function formatFigure(value: number | null, unit: DashboardUnit, language: Language) {
  if (value === null) return '—'
  if (unit === 'rials') return formatMoney(value, language)
  if (unit === 'percent') {
    return formatNumber(value / 100, language, { style: 'percent', maximumFractionDigits: 1 })
  }
  return formatNumber(value, language)
}

/** The short form for a chart's axis: toman in thousands or millions, percentages whole. */
export function formatAxis(value: number, unit: DashboardUnit, language: Language) {
  if (unit === 'percent') return formatNumber(value / 100, language, { style: 'percent' })
  const amount = unit === 'rials' ? value / 10 : value
  return formatNumber(amount, language, { notation: 'compact', maximumFractionDigits: 1 })
}

export type Trend = 'up' | 'down' | 'flat' | 'none'

/** Which way this week went against the previous one. */
export function trendOf(current: number | null, previous: number | null): Trend {
  if (current === null || previous === null) return 'none'
  if (current === previous) return 'flat'
  return current > previous ? 'up' : 'down'
}

/** The change as text: points for rates, a signed amount otherwise. */
export function formatChange(
  current: number,
  previous: number,
  unit: DashboardUnit,
  language: Language,
) {
  const change = Math.abs(current - previous)
  if (unit === 'percent') {
    return formatNumber(change, language, { maximumFractionDigits: 1 })
  }
  return formatFigure(change, unit, language)
}
