import { type FrameHandle, RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

const chatHandle: FrameHandle = { fullScreenOnPhone: true }

/** A patient's own companion; psychologists read what is shared with them elsewhere. */
function PatientsOnly() {
  return <RequireSession types={['patient']} />
}

/** What patients shared with their psychologist, read by that psychologist only. */
function PsychologistsOnly() {
  return <RequireSession types={['psychologist']} />
}

/**
 * Signed in, patients: /companion lists the conversations, /companion/:id is one of them.
 * Psychologists: /companion/shared lists what their patients shared with them (the static
 * segment outranks `:id`), /companion/shared/:id reads one.
 */
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
  {
    Component: PsychologistsOnly,
    children: [
      {
        lazy: async () => ({
          Component: (await import('./components/shared-layout.tsx')).SharedCompanionLayout,
        }),
        children: [
          {
            path: 'companion/shared',
            lazy: async () => ({
              Component: (await import('./components/shared-list-page.tsx')).SharedListPage,
            }),
          },
          {
            path: 'companion/shared/:id',
            lazy: async () => ({
              Component: (await import('./components/shared-transcript-page.tsx'))
                .SharedTranscriptPage,
            }),
          },
        ],
      },
    ],
  },
]
