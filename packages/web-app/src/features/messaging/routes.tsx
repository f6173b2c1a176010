import type { RouteObject } from 'react-router'

/**
 * Signed in. One lazy layout holds the live connection (and the Socket.IO client, which no
 * other page downloads) for the thread list, a conversation, a new one, and the staff inbox.
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
          Component: (await import('./components/thread-list-page.tsx')).ThreadListPage,
        }),
      },
      {
        path: 'messages/new',
        lazy: async () => ({
          Component: (await import('./components/new-conversation-page.tsx')).NewConversationPage,
        }),
      },
      {
        path: 'messages/:id',
        lazy: async () => ({
          Component: (await import('./components/conversation-page.tsx')).ConversationPage,
        }),
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
