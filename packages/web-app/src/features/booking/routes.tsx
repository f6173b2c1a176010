import type { RouteObject } from 'react-router'

/** Signed in: RequireSession sends visitors to sign-in and back here. */
export const bookingRoutes: RouteObject[] = [
  {
    path: 'psychologists/:id/book',
    lazy: async () => ({
      Component: (await import('./components/booking-page.tsx')).BookingPage,
    }),
  },
]
