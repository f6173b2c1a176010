import type { CompanionFigures } from '@yektayar/shared/types'

export type CompanionDay = CompanionFigures['days'][number]

/** The counts the screen shows, in its order. */
export const FIGURE_KINDS = [
  'messages',
  'unavailable',
  'crises',
  'concerns',
  'handoffs',
  'replaced',
] as const satisfies readonly (keyof CompanionDay)[]
export type FigureKind = (typeof FIGURE_KINDS)[number]

/** The periods an admin can pick, in days. */
export const PERIODS = [7, 30, 90] as const

export function totalsOf(days: readonly CompanionDay[]): Record<FigureKind, number> {
  const totals = Object.fromEntries(FIGURE_KINDS.map((kind) => [kind, 0])) as Record<
    FigureKind,
    number
  >
  for (const day of days) for (const kind of FIGURE_KINDS) totals[kind] += day[kind]
  return totals
}

/** The period in the address, or 30 days when it names none of the offered ones. */
export function periodOf(search: URLSearchParams): number {
  const asked = Number(search.get('days'))
  return (PERIODS as readonly number[]).includes(asked) ? asked : 30
}
