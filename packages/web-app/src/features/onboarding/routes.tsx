import type { RouteObject } from 'react-router'

/** Signed in only: goes in RequireSession's children in app/router.tsx. */
export const onboardingRoutes: RouteObject[] = [
  {
    path: 'welcome',
    lazy: async () => ({
      Component: (await import('./components/welcome-page.tsx')).WelcomePage,
    }),
  },
]
