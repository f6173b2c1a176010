import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

/** A practice profile belongs to psychologists; everyone else is sent to their dashboard. */
function PsychologistsOnly() {
  return <RequireSession types={['psychologist']} />
}

export const practiceProfileRoutes: RouteObject[] = [
  {
    Component: PsychologistsOnly,
    children: [
      {
        path: 'practice',
        lazy: async () => ({
          Component: (await import('./components/practice-profile-page.tsx')).PracticeProfilePage,
        }),
      },
    ],
  },
]
