import type { RouteObject } from 'react-router'

/** Signed in only: goes in RequireSession's children in app/router.tsx. */
export const notificationsRoutes: RouteObject[] = [
  {
    path: 'notifications',
    lazy: async () => ({
      Component: (await import('./components/notification-centre-page.tsx')).NotificationCentrePage,
    }),
  },
]
