import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const departmentsRoutes: RouteObject[] = [
  {
    path: 'departments',
    lazy: async () => ({
      Component: (await import('./components/departments-page.tsx')).DepartmentsPage,
    }),
  },
  {
    path: 'departments/:key',
    lazy: async () => ({
      Component: (await import('./components/department-staff-page.tsx')).DepartmentStaffPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who manage threads. */
export const departmentsNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/departments', key: 'departments', permission: 'threads.manage' },
]
