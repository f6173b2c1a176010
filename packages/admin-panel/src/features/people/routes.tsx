import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const peopleRoutes: RouteObject[] = [
  {
    path: 'people',
    lazy: async () => ({
      Component: (await import('./components/people-page.tsx')).PeoplePage,
    }),
  },
  {
    path: 'people/:id',
    lazy: async () => ({
      Component: (await import('./components/person-page.tsx')).PersonPage,
    }),
  },
]

export const peopleNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/people', key: 'people', permission: 'users.read.any' },
]
