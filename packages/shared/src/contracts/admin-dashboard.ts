import { z } from 'zod'
import { DASHBOARD_FIGURES, DASHBOARD_UNITS } from './admin-dashboard-constants.ts'

export * from './admin-dashboard-constants.ts'

export const dashboardQuerySchema = z.strictObject({
  /** How many Jalali weeks (Saturday to Friday, Asia/Tehran) the charts cover, this one last. */
  weeks: z.coerce.number().int().min(4).max(26).default(12),
})
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>

export const dashboardWeekSchema = z.object({
  /** The week's Saturday, `YYYY-MM-DD` (Gregorian) in Asia/Tehran. */
  weekStart: z.string(),
  /** null when the figure has no meaning that week (a rate with nothing to divide). */
  value: z.number().nullable(),
})

export const dashboardFigureSchema = z
  .object({
    key: z.enum(DASHBOARD_FIGURES),
    /** `count`; `percent` (0–100, one decimal); `rials` (integer rials, shown as toman). */
    unit: z.enum(DASHBOARD_UNITS),
    /** This week so far (or now, for the counts of what is waiting). */
    current: z.number().nullable(),
    /** The previous Jalali week (or its end, for the counts of what is waiting). */
    previous: z.number().nullable(),
    weeks: z.array(dashboardWeekSchema),
  })
  .meta({ id: 'DashboardFigure' })

export const dashboardSchema = z
  .object({
    timeZone: z.literal('Asia/Tehran'),
    /** When the weekly figures were computed; they may be up to a minute old (see the route). */
    computedAt: z.iso.datetime(),
    figures: z.array(dashboardFigureSchema),
  })
  .meta({ id: 'Dashboard' })

export type DashboardFigure = z.infer<typeof dashboardFigureSchema>
export type Dashboard = z.infer<typeof dashboardSchema>
