import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CreateThreadBody,
  CreateThreadResponse,
  InboxQuery,
  ReadState,
  ThreadDetails,
  ThreadPage,
  UpdateThreadBody,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { threadKeys } from './query-keys.ts'

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

/** The inbox offers open and closed threads; archived ones are not a support agent's work. */
export type InboxFilters = Pick<InboxQuery, 'assigned' | 'category'> & {
  status: Exclude<InboxQuery['status'], 'archived'>
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

export function useCreateThread() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateThreadBody) =>
      apiFetch<CreateThreadResponse>('/api/v1/threads', { method: 'POST', body }),
    onSuccess: ({ thread, message, safety }) => {
      // The first message is the patient's words too: the crisis card answers it at once.
      showSafetyDecision(safety)
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
  return apiFetch<ReadState>(`/api/v1/threads/${threadId}/read`, {
    method: 'POST',
    body: { messageId },
  })
}
