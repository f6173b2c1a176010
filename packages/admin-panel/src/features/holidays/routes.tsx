import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const holidaysRoutes: RouteObject[] = [
  {
    path: 'holidays',
    lazy: async () => ({
      Component: (await import('./components/holidays-page.tsx')).HolidaysPage,
    }),
  },
]

export const holidaysNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/holidays', key: 'holidays', permission: 'config.manage' },
]
