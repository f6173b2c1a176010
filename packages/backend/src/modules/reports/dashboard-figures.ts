import type { DashboardFigure, DashboardFigureKey, DashboardUnit } from '@yektayar/shared'

/** One value per week, oldest first; null where the figure has no meaning that week. */
export type WeekValues = (number | null)[]

/** Numbers per week (1-based buckets from SQL) as a dense series of `count` weeks. */
export function seriesOf<Row extends { bucket: number }>(
  rows: Row[],
  count: number,
  value: (row: Row) => number,
): number[] {
  const series = new Array<number>(count).fill(0)
  for (const row of rows) {
    const index = Number(row.bucket) - 1
    if (index >= 0 && index < count) series[index] = value(row)
  }
  return series
}

/** A share in percent with one decimal; null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10
}

/** A figure from its weekly values: this week is the last, the one before is `previous`. */
export function figureOf(
  key: DashboardFigureKey,
  unit: DashboardUnit,
  starts: string[],
  values: WeekValues,
): DashboardFigure {
  return {
    key,
    unit,
    current: values.at(-1) ?? null,
    previous: values.at(-2) ?? null,
    weeks: starts.map((weekStart, index) => ({ weekStart, value: values[index] ?? null })),
  }
}
