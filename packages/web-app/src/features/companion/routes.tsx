import { type FrameHandle, RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

const chatHandle: FrameHandle = { fullScreenOnPhone: true }

/** A patient's own companion; psychologists read what is shared with them elsewhere. */
function PatientsOnly() {
  return <RequireSession types={['patient']} />
}

/** Signed in, patients: /companion lists the conversations, /companion/:id is one of them. */
export const companionRoutes: RouteObject[] = [
  {
    Component: PatientsOnly,
    children: [
      {
        lazy: async () => ({
          Component: (await import('./components/companion-layout.tsx')).CompanionLayout,
        }),
        children: [
          {
            path: 'companion',
            lazy: async () => ({
              Component: (await import('./components/conversation-list-page.tsx'))
                .ConversationListPage,
            }),
          },
          {
            path: 'companion/:id',
            handle: chatHandle,
            lazy: async () => ({
              Component: (await import('./components/chat-page.tsx')).ChatPage,
            }),
          },
        ],
      },
    ],
  },
]
