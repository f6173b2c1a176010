import type { RouteObject } from 'react-router'

// The function form of `lazy`: React Router clears the object form's fields in place once
// loaded, which breaks a second router built from the same objects (tests, hot reload).
export const homeRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./components/home-page.tsx')).HomePage }),
  },
]
