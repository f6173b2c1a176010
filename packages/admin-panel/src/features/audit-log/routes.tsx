import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const auditLogRoutes: RouteObject[] = [
  {
    path: 'audit-log',
    lazy: async () => ({
      Component: (await import('./components/audit-log-page.tsx')).AuditLogPage,
    }),
  },
]

export const auditLogNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/audit-log', key: 'auditLog', permission: 'audit.read' },
]
