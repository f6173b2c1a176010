import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const onCallRoutes: RouteObject[] = [
  {
    path: 'on-call',
    lazy: async () => ({
      Component: (await import('./components/on-call-page.tsx')).OnCallPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who set the rota. */
export const onCallNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/on-call', key: 'onCall', permission: 'safety.manage' },
]
