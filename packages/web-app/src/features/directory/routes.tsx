import type { RouteObject } from 'react-router'

/** Open to visitors: people look around before they sign up. */
export const directoryRoutes: RouteObject[] = [
  {
    path: 'psychologists',
    lazy: async () => ({
      Component: (await import('./components/directory-page.tsx')).DirectoryPage,
    }),
  },
  {
    path: 'psychologists/:id',
    lazy: async () => ({
      Component: (await import('./components/profile-page.tsx')).ProfilePage,
    }),
  },
]
