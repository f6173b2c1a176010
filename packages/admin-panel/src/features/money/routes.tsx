import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const moneyRoutes: RouteObject[] = [
  {
    path: 'appointments',
    lazy: async () => ({
      Component: (await import('./components/appointments-page.tsx')).AppointmentsPage,
    }),
  },
  {
    path: 'appointments/:id',
    lazy: async () => ({
      Component: (await import('./components/appointment-detail-page.tsx')).AppointmentDetailPage,
    }),
  },
  {
    path: 'payments',
    lazy: async () => ({
      Component: (await import('./components/payments-page.tsx')).PaymentsPage,
    }),
  },
  {
    path: 'payments/:id',
    lazy: async () => ({
      Component: (await import('./components/payment-detail-page.tsx')).PaymentDetailPage,
    }),
  },
]

export const moneyNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/appointments', key: 'appointments', permission: 'appointments.read.any' },
  { path: '/payments', key: 'payments', permission: 'payments.manage' },
]
