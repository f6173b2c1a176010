import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MessagePage, ThreadMessage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { type MessageWindow, mergeMessages, newestSeq } from '../message-merge.ts'
import { threadKeys } from './query-keys.ts'

const PAGE = 30

function fetchPage(threadId: string, params: { before?: number; after?: number }) {
  const query = new URLSearchParams({ limit: String(PAGE) })
  if (params.before !== undefined) query.set('before', String(params.before))
  if (params.after !== undefined) query.set('after', String(params.after))
  return apiFetch<MessagePage>(`/api/v1/threads/${threadId}/messages?${query}`)
}

/**
 * The loaded window of a thread's messages. Loaded once (the newest page); from then on it only
 * grows: older pages, live events and catch-ups are merged in, never refetched over.
 */
export function useMessageWindow(threadId: string) {
  return useQuery({
    queryKey: threadKeys.messages(threadId),
    queryFn: async (): Promise<MessageWindow> => {
      const page = await fetchPage(threadId, {})
      return { items: page.items, olderCursor: page.nextCursor ? Number(page.nextCursor) : null }
    },
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

function mergeInto(queryClient: QueryClient, threadId: string, messages: ThreadMessage[]) {
  queryClient.setQueryData<MessageWindow>(threadKeys.messages(threadId), (window) =>
    window ? { ...window, items: mergeMessages(window.items, messages) } : window,
  )
}

/** A live or acknowledged message into its thread's window, if that thread is loaded. */
export function mergeMessage(queryClient: QueryClient, message: ThreadMessage) {
  mergeInto(queryClient, message.threadId, [message])
}

/** The page before the oldest loaded message (keyset on `seq`). */
export async function loadOlder(queryClient: QueryClient, threadId: string) {
  const window = queryClient.getQueryData<MessageWindow>(threadKeys.messages(threadId))
  if (!window || window.olderCursor === null) return
  const page = await fetchPage(threadId, { before: window.olderCursor })
  queryClient.setQueryData<MessageWindow>(threadKeys.messages(threadId), (current) =>
    current
      ? {
          items: mergeMessages(current.items, page.items),
          olderCursor: page.nextCursor ? Number(page.nextCursor) : null,
        }
      : current,
  )
}

const CATCH_UP_PAGES = 20

/**
 * "Messages since": everything after the newest held message, page by page. After a reconnect
 * (or coming back to a thread) nothing is missing, and merging by id means nothing is doubled.
 */
export async function catchUp(queryClient: QueryClient, threadId: string) {
  for (let page = 0; page < CATCH_UP_PAGES; page++) {
    const window = queryClient.getQueryData<MessageWindow>(threadKeys.messages(threadId))
    if (!window) return
    const answer = await fetchPage(threadId, { after: newestSeq(window.items) })
    mergeInto(queryClient, threadId, answer.items)
    if (!answer.nextCursor) return
  }
}

export function useEditMessage(threadId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ messageId, content }: { messageId: string; content: string }) =>
      apiFetch<ThreadMessage>(`/api/v1/threads/${threadId}/messages/${messageId}`, {
        method: 'PATCH',
        body: { content },
      }),
    onSuccess: (message) => mergeMessage(queryClient, message),
  })
}
