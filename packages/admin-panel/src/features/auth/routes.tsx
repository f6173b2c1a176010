import type { RouteObject } from 'react-router'

export const authRoutes: RouteObject[] = [
  {
    path: 'sign-in',
    lazy: async () => ({
      Component: (await import('./components/sign-in-page.tsx')).SignInPage,
    }),
  },
]
