import { useInfiniteQuery } from '@tanstack/react-query'
import type { CompanionConversation, CompanionMessagePage } from '@yektayar/shared/types'
import { apiFetch, isApiError } from '@yektayar/ui'
import { useEffect } from 'react'
import { companionKeys, companionPaths, withQuery } from './companion-keys.ts'

/** A conversation a patient shared with me (sharedCompanionConversationSchema). */
export type SharedConversation = CompanionConversation & {
  patient: { id: string; name: string }
}

interface SharedConversationPage {
  items: SharedConversation[]
  nextCursor: string | null
}

/** What my patients chose to share with me, most recently shared first. */
export function useSharedConversationList() {
  return useInfiniteQuery({
    queryKey: companionKeys.sharedList,
    queryFn: ({ pageParam }) =>
      apiFetch<SharedConversationPage>(withQuery(companionPaths.shared, { cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}

/** A shared conversation's messages in pages, newest first; the next page is the older one. */
export function useSharedMessagePages(conversationId: string) {
  return useInfiniteQuery({
    queryKey: companionKeys.sharedMessages(conversationId),
    queryFn: ({ pageParam }) =>
      apiFetch<CompanionMessagePage>(
        withQuery(companionPaths.sharedMessages(conversationId), { cursor: pageParam }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Read-only, and every read is audited: no refetching behind the reader's back.
    refetchOnWindowFocus: false,
  })
}

/** The server's answer for a share that was withdrawn (or never was): 404, same as unknown. */
export const isNoLongerShared = (error: unknown) => isApiError(error) && error.status === 404

/** How many pages of the list to look through for a conversation opened by its link. */
const PAGES_TO_SEARCH = 5

/**
 * A shared conversation's details (the patient, the title): from the list already read, or
 * read for it, a few pages at most. Undefined while looking, or when it is not there.
 */
export function useSharedConversation(id: string): SharedConversation | undefined {
  const list = useSharedConversationList()
  const found = list.data?.pages.flatMap((page) => page.items).find((item) => item.id === id)
  const pagesRead = list.data?.pages.length ?? 0
  const { hasNextPage, isFetching, isError, fetchNextPage } = list
  const lookFurther =
    !found && hasNextPage && !isFetching && !isError && pagesRead < PAGES_TO_SEARCH
  useEffect(() => {
    if (lookFurther) void fetchNextPage()
  }, [lookFurther, fetchNextPage])
  return found
}
