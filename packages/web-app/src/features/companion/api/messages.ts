import { type InfiniteData, type QueryClient, useInfiniteQuery } from '@tanstack/react-query'
import type { CompanionMessage, CompanionMessagePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { companionKeys, companionPaths, withQuery } from './companion-keys.ts'

type MessagePages = InfiniteData<CompanionMessagePage, string | undefined>

/** A conversation's messages in pages, newest first; the next page is the older one. */
export function useMessagePages(conversationId: string) {
  return useInfiniteQuery({
    queryKey: companionKeys.messages(conversationId),
    queryFn: ({ pageParam }) =>
      apiFetch<CompanionMessagePage>(
        withQuery(companionPaths.messages(conversationId), { cursor: pageParam }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // A reply streams into local state; refetching underneath would only flicker.
    refetchOnWindowFocus: false,
  })
}

/** Oldest first, as the conversation reads. */
export function inReadingOrder(
  pages: { pages: CompanionMessagePage[] } | undefined,
): CompanionMessage[] {
  return (pages?.pages ?? []).flatMap((page) => page.items).reverse()
}

/**
 * Puts stored messages (the person's and then the reply, oldest first) at the newest end of
 * the cached pages, replacing any earlier copy of the same message.
 */
export function addNewestMessages(
  queryClient: QueryClient,
  conversationId: string,
  messages: CompanionMessage[],
): void {
  const newestFirst = [...messages].reverse()
  const ids = new Set(messages.map((message) => message.id))
  queryClient.setQueryData<MessagePages>(companionKeys.messages(conversationId), (data) => {
    if (!data) return data
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items.filter((message) => !ids.has(message.id)),
    }))
    const [first, ...rest] = pages
    if (!first) return data
    return { ...data, pages: [{ ...first, items: [...newestFirst, ...first.items] }, ...rest] }
  })
}
