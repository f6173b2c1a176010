import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  CompanionConversation,
  CompanionConversationPage,
  CompanionRetention,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { companionKeys, companionPaths, withQuery } from './companion-keys.ts'

/** My conversations, newest activity first. */
export function useConversationList() {
  return useInfiniteQuery({
    queryKey: companionKeys.list,
    queryFn: ({ pageParam }) =>
      apiFetch<CompanionConversationPage>(
        withQuery(companionPaths.conversations, { cursor: pageParam }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: companionKeys.conversation(id),
    queryFn: () => apiFetch<CompanionConversation>(companionPaths.conversation(id)),
  })
}

export function useCreateConversation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiFetch<CompanionConversation>(companionPaths.conversations, { method: 'POST', body: {} }),
    onSuccess: (conversation) => {
      queryClient.setQueryData(companionKeys.conversation(conversation.id), conversation)
      void queryClient.invalidateQueries({ queryKey: companionKeys.list })
    },
  })
}

export interface ConversationChange {
  title?: string
  retention?: CompanionRetention
  shared?: boolean
}

/** Rename, retention, sharing with the psychologist: the answer is the conversation as it is now. */
export function useUpdateConversation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ConversationChange) =>
      apiFetch<CompanionConversation>(companionPaths.conversation(id), { method: 'PATCH', body }),
    onSuccess: (conversation) => {
      queryClient.setQueryData(companionKeys.conversation(id), conversation)
      void queryClient.invalidateQueries({ queryKey: companionKeys.list })
    },
  })
}

/** Really deletes it and its messages; the cache forgets it too. */
export function useDeleteConversation(onDeleted: (id: string) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(companionPaths.conversation(id), { method: 'DELETE' }),
    onSuccess: (_answer, id) => {
      queryClient.removeQueries({ queryKey: companionKeys.conversation(id) })
      queryClient.removeQueries({ queryKey: companionKeys.messages(id) })
      void queryClient.invalidateQueries({ queryKey: companionKeys.list })
      onDeleted(id)
    },
  })
}
