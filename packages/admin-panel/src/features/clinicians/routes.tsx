import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const cliniciansRoutes: RouteObject[] = [
  {
    path: 'clinicians',
    lazy: async () => ({
      Component: (await import('./components/clinician-queue-page.tsx')).ClinicianQueuePage,
    }),
  },
  {
    path: 'clinicians/:id',
    lazy: async () => ({
      Component: (await import('./components/clinician-review-page.tsx')).ClinicianReviewPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who verify profiles. */
export const cliniciansNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/clinicians', key: 'clinicians', permission: 'professionals.verify' },
]
