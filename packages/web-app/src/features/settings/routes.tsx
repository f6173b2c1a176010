import type { RouteObject } from 'react-router'

/** Signed in only: goes in RequireSession's children in app/router.tsx. */
export const settingsRoutes: RouteObject[] = [
  {
    path: 'settings',
    lazy: async () => ({
      Component: (await import('./components/settings-page.tsx')).SettingsPage,
    }),
  },
]
