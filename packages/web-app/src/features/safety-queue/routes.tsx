import type { SessionInfo } from '@yektayar/shared/types'
import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

const canRespond = (session: SessionInfo) => session.permissions.includes('safety.respond')

/** On-call staff only: whoever holds `safety.respond`, whatever kind of account. */
function RespondersOnly() {
  return <RequireSession allows={canRespond} />
}

export const safetyQueueRoutes: RouteObject[] = [
  {
    Component: RespondersOnly,
    children: [
      {
        path: 'safety',
        lazy: async () => ({
          Component: (await import('./components/safety-queue-page.tsx')).SafetyQueuePage,
        }),
      },
      {
        path: 'safety/:alertId',
        lazy: async () => ({
          Component: (await import('./components/alert-detail-page.tsx')).AlertDetailPage,
        }),
      },
    ],
  },
]
