import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

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
