import type { FrameHandle } from '@yektayar/ui'
import type { RouteObject } from 'react-router'

const conversationHandle: FrameHandle = { fullScreenOnPhone: true }

/**
 * Signed in. One lazy layout holds the live connection (and the Socket.IO client, which no
 * other page downloads) for the thread list, a conversation, a new one, and the staff inbox.
 * Under /messages the list and the open page share the screen from `md` up; a phone shows one
 * at a time, a conversation on the whole screen.
 */
export const messagingRoutes: RouteObject[] = [
  {
    lazy: async () => ({
      Component: (await import('./components/messaging-layout.tsx')).MessagingLayout,
    }),
    children: [
      {
        path: 'messages',
        lazy: async () => ({
          Component: (await import('./components/messages-split.tsx')).MessagesSplit,
        }),
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('./components/choose-conversation.tsx')).ChooseConversation,
            }),
          },
          {
            path: 'new',
            lazy: async () => ({
              Component: (await import('./components/new-conversation-page.tsx'))
                .NewConversationPage,
            }),
          },
          {
            path: ':id',
            handle: conversationHandle,
            lazy: async () => ({
              Component: (await import('./components/conversation-page.tsx')).ConversationPage,
            }),
          },
        ],
      },
      {
        path: 'inbox',
        lazy: async () => ({
          Component: (await import('./components/inbox-page.tsx')).InboxPage,
        }),
      },
    ],
  },
]
