import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const configurationRoutes: RouteObject[] = [
  {
    path: 'configuration',
    lazy: async () => ({
      Component: (await import('./components/configuration-page.tsx')).ConfigurationPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who may use it. */
export const configurationNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/configuration', key: 'configuration', permission: 'config.manage' },
]
