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

export type AppRouter = ReturnType<typeof createBrowserRouter>

export function createAppRouter(): AppRouter {
  return createBrowserRouter(appRoutes)
}

/**
 * Resolves once the router has loaded the first page's lazy chunk (or failed to, which shows
 * the error page). Rendering before that would paint the loading state, which the page then
 * replaces, moving the footer and everything else on screen.
 */
export function whenRouterReady(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}
