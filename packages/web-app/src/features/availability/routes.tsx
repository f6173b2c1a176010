import type { RouteObject } from 'react-router'
import { RequireSession } from '../session/require-session.tsx'

/** Working hours belong to psychologists; everyone else is sent to their dashboard. */
function PsychologistsOnly() {
  return <RequireSession types={['psychologist']} />
}

export const availabilityRoutes: RouteObject[] = [
  {
    Component: PsychologistsOnly,
    children: [
      {
        path: 'availability',
        lazy: async () => ({
          Component: (await import('./components/availability-page.tsx')).AvailabilityPage,
        }),
      },
    ],
  },
]
