import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

/** A patient's own plan; their psychologist edits it from a session's page instead. */
function PatientsOnly() {
  return <RequireSession types={['patient']} />
}

export const safetyPlanRoutes: RouteObject[] = [
  {
    Component: PatientsOnly,
    children: [
      {
        path: 'safety-plan',
        lazy: async () => ({
          Component: (await import('./components/safety-plan-page.tsx')).SafetyPlanPage,
        }),
      },
    ],
  },
]
