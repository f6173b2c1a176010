import type { InfiniteData, QueryClient } from '@tanstack/react-query'
import type { NotificationPage, NotificationView } from '@yektayar/shared/types'
import { notificationKeys } from './notification-keys.ts'

type ListData = InfiniteData<NotificationPage, string | null>

/** The badge's number, from whatever answer or event last carried it. */
export function setUnreadCount(queryClient: QueryClient, unreadCount: number): void {
  queryClient.setQueryData(notificationKeys.unreadCount, unreadCount)
}

/** A new notification goes on top of the first page of a list already on screen. */
export function prependNotification(queryClient: QueryClient, item: NotificationView): void {
  queryClient.setQueryData<ListData>(notificationKeys.list, (list) => {
    const [first, ...rest] = list?.pages ?? []
    if (!list || !first) return list
    if (list.pages.some((page) => page.items.some((shown) => shown.id === item.id))) return list
    return { ...list, pages: [{ ...first, items: [item, ...first.items] }, ...rest] }
  })
}

/** Marks read in the list on screen: one (by id) or, without an id, all of them. */
export function markReadInList(queryClient: QueryClient, readAt: string, id?: string): void {
  queryClient.setQueryData<ListData>(notificationKeys.list, (list) =>
    list
      ? {
          ...list,
          pages: list.pages.map((page) => ({
            ...page,
            items: page.items.map((item) =>
              item.readAt || (id && item.id !== id) ? item : { ...item, readAt },
            ),
          })),
        }
      : list,
  )
}
