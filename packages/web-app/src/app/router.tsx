import { LoadingState } from '@yektayar/ui'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { authRoutes } from '../features/auth/routes.tsx'
import { homeRoutes } from '../features/home/routes.tsx'
import { AppShell } from './app-shell.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { RouteError } from './route-error.tsx'

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
        children: [...homeRoutes, ...authRoutes, { path: '*', Component: NotFoundPage }],
      },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(appRoutes)
}
