import type { RouteObject } from 'react-router'

/** Signed in (patients and psychologists alike): RequireSession sends visitors to sign-in. */
export const appointmentsRoutes: RouteObject[] = [
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
]
