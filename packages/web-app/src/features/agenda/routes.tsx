import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

/** The agenda belongs to psychologists; everyone else is sent to their dashboard. */
function PsychologistsOnly() {
  return <RequireSession types={['psychologist']} />
}

export const agendaRoutes: RouteObject[] = [
  {
    Component: PsychologistsOnly,
    children: [
      {
        path: 'agenda',
        lazy: async () => ({
          Component: (await import('./components/agenda-page.tsx')).AgendaPage,
        }),
      },
    ],
  },
]
