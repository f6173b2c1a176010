import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

/** A patient's summary is for the psychologists who treat them; anyone else goes home. */
function PsychologistsOnly() {
  return <RequireSession types={['psychologist']} />
}

export const patientSummaryRoutes: RouteObject[] = [
  {
    Component: PsychologistsOnly,
    children: [
      {
        path: 'patients/:patientId',
        lazy: async () => ({
          Component: (await import('./components/patient-summary-page.tsx')).PatientSummaryPage,
        }),
      },
    ],
  },
]
