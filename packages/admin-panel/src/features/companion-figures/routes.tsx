import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const companionFiguresRoutes: RouteObject[] = [
  {
    path: 'companion-figures',
    lazy: async () => ({
      Component: (await import('./components/companion-figures-page.tsx')).CompanionFiguresPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who may use it. */
export const companionFiguresNavPlaces: {
  path: string
  key: string
  permission: PermissionName
}[] = [{ path: '/companion-figures', key: 'companionFigures', permission: 'reports.read' }]
