import { LoadingState, NotFoundPage, RouteError } from '@yektayar/ui'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { authRoutes, StaffOnly } from '../features/auth/routes.tsx'
import { dashboardRoutes } from '../features/dashboard/routes.tsx'
import { AppShell } from './app-shell.tsx'

export const appRoutes: RouteObject[] = [
  {
    Component: AppShell,
    ErrorBoundary: RouteError,
    children: [
      {
        // Pathless, so the fallback and errors render inside the shell and the header
        // (language switch included) stays usable while a page's chunk loads or fails.
        HydrateFallback: LoadingState,
        ErrorBoundary: RouteError,
        children: [
          ...authRoutes,
          // Everything else is staff only; StaffOnly sends visitors to sign-in and back.
          {
            Component: StaffOnly,
            children: [...dashboardRoutes, { path: '*', Component: NotFoundPage }],
          },
        ],
      },
    ],
  },
]

// Vite's `base` ('/admin/') is the one source of truth for where the panel lives.
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '')

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename: BASENAME })
}
