import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

/** Documents for one's care are a patient's; everyone else is sent to their dashboard. */
function PatientsOnly() {
  return <RequireSession types={['patient']} />
}

export const documentsRoutes: RouteObject[] = [
  {
    Component: PatientsOnly,
    children: [
      {
        path: 'documents',
        lazy: async () => ({
          Component: (await import('./components/documents-page.tsx')).DocumentsPage,
        }),
      },
    ],
  },
]
