import type { RouteObject } from 'react-router'

/** Signed in, any kind of account. */
export const dashboardRoutes: RouteObject[] = [
  {
    path: 'dashboard',
    lazy: async () => ({
      Component: (await import('./components/dashboard-page.tsx')).DashboardPage,
    }),
  },
]
