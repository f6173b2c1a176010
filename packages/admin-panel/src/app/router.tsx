import { framedRoutes, NotFoundPage } from '@yektayar/ui'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { accessRoutes } from '../features/access/routes.tsx'
import { auditLogRoutes } from '../features/audit-log/routes.tsx'
import { authRoutes, StaffOnly } from '../features/auth/routes.tsx'
import { cliniciansRoutes } from '../features/clinicians/routes.tsx'
import { companionFiguresRoutes } from '../features/companion-figures/routes.tsx'
import { configurationRoutes } from '../features/configuration/routes.tsx'
import { coursesRoutes } from '../features/courses/routes.tsx'
import { dashboardRoutes } from '../features/dashboard/routes.tsx'
import { departmentsRoutes } from '../features/departments/routes.tsx'
import { holidaysRoutes } from '../features/holidays/routes.tsx'
import { moneyRoutes } from '../features/money/routes.tsx'
import { notificationsRoutes } from '../features/notifications/routes.tsx'
import { onCallRoutes } from '../features/on-call/routes.tsx'
import { peopleRoutes } from '../features/people/routes.tsx'
import { AppShell } from './app-shell.tsx'

export const appRoutes: RouteObject[] = framedRoutes(AppShell, [
  ...authRoutes,
  // Everything else is staff only; StaffOnly sends visitors to sign-in and back.
  {
    Component: StaffOnly,
    children: [
      ...dashboardRoutes,
      ...coursesRoutes,
      ...notificationsRoutes,
      ...configurationRoutes,
      ...onCallRoutes,
      ...companionFiguresRoutes,
      ...holidaysRoutes,
      ...auditLogRoutes,
      ...cliniciansRoutes,
      ...departmentsRoutes,
      ...moneyRoutes,
      ...peopleRoutes,
      ...accessRoutes,
      { path: '*', Component: NotFoundPage },
    ],
  },
])

// Vite's `base` ('/admin/') is the one source of truth for where the panel lives.
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '')

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename: BASENAME })
}
