import { dashboardQuerySchema, dashboardSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'
import { type DashboardDeps, dashboardWeeklyCache, getDashboard } from './dashboard.service.ts'

const tags = ['reports']

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => new Date()
  const dynamic = dynamicConfigOf(app)
  const deps: DashboardDeps = {
    db: app.database.db,
    lateCancelHours: () => dynamic.get('care.freeCancelHours'),
    now,
    // DASHBOARD_CACHE_SECONDS: see dashboard.service.ts for what is reused and what is live.
    weekly: dashboardWeeklyCache(app.config.reports.dashboardCacheMs, now),
  }

  app.get(
    '/admin/dashboard',
    {
      schema: {
        tags,
        summary: 'The admin dashboard: figures by Jalali week',
        description:
          'Needs `reports.read`. Counts only, never content. Weeks run Saturday to Friday in Asia/Tehran, the current one last. Active patients, sessions, completion and no-show rates, revenue (rials) and sign-ups are computed at most once per `DASHBOARD_CACHE_SECONDS` (a minute by default) per instance and renewed in the background while the last set is served (`computedAt` says when); psychologists pending verification, open safety alerts and failed notifications are counted on every call (for past weeks, as they stood at the week’s end).',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'reports.read')
      return getDashboard(deps, request.query.weeks)
    },
  )
}
