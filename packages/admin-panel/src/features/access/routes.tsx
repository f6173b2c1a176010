import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const accessRoutes: RouteObject[] = [
  {
    path: 'access',
    lazy: async () => ({
      Component: (await import('./components/access-page.tsx')).AccessPage,
    }),
  },
]

export const accessNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/access', key: 'access', permission: 'rbac.manage' },
]
