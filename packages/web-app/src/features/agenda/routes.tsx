import type { RouteObject } from 'react-router'
import { RequireSession } from '../session/require-session.tsx'

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
