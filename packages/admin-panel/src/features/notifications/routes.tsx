import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const notificationsRoutes: RouteObject[] = [
  {
    path: 'announcements',
    lazy: async () => ({
      Component: (await import('./components/announcements-page.tsx')).AnnouncementsPage,
    }),
  },
  {
    path: 'notification-deliveries',
    lazy: async () => ({
      Component: (await import('./components/deliveries-page.tsx')).DeliveriesPage,
    }),
  },
]

/** The feature's places in the panel's navigation, each shown only to staff who may use it. */
export const notificationsNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/announcements', key: 'announcements', permission: 'notifications.announce' },
  {
    path: '/notification-deliveries',
    key: 'notificationDeliveries',
    permission: 'notifications.manage',
  },
]
