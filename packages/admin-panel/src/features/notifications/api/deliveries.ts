import { useInfiniteQuery } from '@tanstack/react-query'
import type { DeliveryPage, DeliveryStatus, NotificationChannel } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const DELIVERIES_KEY = ['admin', 'notification-deliveries'] as const

export interface DeliveryFilters {
  userId?: string
  channel?: NotificationChannel
  status?: DeliveryStatus
}

function fetchDeliveries(filters: DeliveryFilters, cursor: string | null): Promise<DeliveryPage> {
  const params = new URLSearchParams({ limit: '25' })
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  if (cursor) params.set('cursor', cursor)
  return apiFetch<DeliveryPage>(`/api/v1/admin/notification-deliveries?${params}`)
}

/** The delivery log under the given filters, newest first, page by page. */
export function useDeliveries(filters: DeliveryFilters) {
  return useInfiniteQuery({
    queryKey: [...DELIVERIES_KEY, filters],
    queryFn: ({ pageParam }) => fetchDeliveries(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
