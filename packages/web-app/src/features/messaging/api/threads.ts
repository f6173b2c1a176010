import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CreateThreadBody,
  ThreadDetails,
  ThreadMessage,
  ThreadSummary,
  UpdateThreadBody,
} from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'
import { threadKeys } from './query-keys.ts'

export interface ThreadPage {
  items: ThreadSummary[]
  nextCursor: string | null
}

function withCursor(path: string, params: Record<string, string | undefined>) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** My threads, newest activity first; refreshed by live events (see use-live-messaging). */
export function useThreadList() {
  return useInfiniteQuery({
    queryKey: threadKeys.list,
    queryFn: ({ pageParam }) =>
      apiFetch<ThreadPage>(withCursor('/api/v1/threads', { cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}

export interface InboxFilters {
  status: 'open' | 'closed'
  assigned: 'any' | 'unassigned' | 'mine'
  category?: string
}

/** The department inbox: unassigned first, then newest activity. */
export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: threadKeys.inbox(filters),
    queryFn: ({ pageParam }) =>
      apiFetch<ThreadPage>(
        withCursor('/api/v1/threads/inbox', {
          status: filters.status,
          assigned: filters.assigned,
          category: filters.category,
          cursor: pageParam,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}

export function useThread(threadId: string) {
  return useQuery({
    queryKey: threadKeys.detail(threadId),
    queryFn: () => apiFetch<ThreadDetails>(`/api/v1/threads/${threadId}`),
  })
}

export interface CreatedThread {
  thread: ThreadDetails
  message: ThreadMessage | null
}

export function useCreateThread() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateThreadBody) =>
      apiFetch<CreatedThread>('/api/v1/threads', { method: 'POST', body }),
    onSuccess: ({ thread, message }) => {
      queryClient.setQueryData(threadKeys.detail(thread.id), thread)
      if (message) {
        queryClient.setQueryData(threadKeys.messages(thread.id), {
          items: [message],
          olderCursor: null,
        })
      }
      void queryClient.invalidateQueries({ queryKey: threadKeys.list })
    },
  })
}

/** Close, reopen, assign, transfer: the answer is the thread as it is now. */
export function useUpdateThread() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ threadId, body }: { threadId: string; body: UpdateThreadBody }) =>
      apiFetch<ThreadDetails>(`/api/v1/threads/${threadId}`, { method: 'PATCH', body }),
    onSuccess: (thread) => {
      queryClient.setQueryData(threadKeys.detail(thread.id), thread)
      void queryClient.invalidateQueries({ queryKey: threadKeys.inboxAll })
      void queryClient.invalidateQueries({ queryKey: threadKeys.list })
    },
  })
}

/** Read up to the newest message; the list's badge and the dashboard's total follow. */
export async function markThreadRead(threadId: string, messageId: string) {
  return apiFetch<{ unreadCount: number }>(`/api/v1/threads/${threadId}/read`, {
    method: 'POST',
    body: { messageId },
  })
}
