import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type {
  SafetyAlert,
  SafetyAlertDetail,
  SafetyAlertPage,
  SafetyAlertStatus,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** `active` is the queue: open or acknowledged. */
export type AlertFilter = 'active' | SafetyAlertStatus
export const ALERT_FILTERS: readonly AlertFilter[] = ['active', 'open', 'acknowledged', 'resolved']

export const alertKeys = {
  all: ['safety', 'alerts'] as const,
  lists: ['safety', 'alerts', 'list'] as const,
  list: (filter: AlertFilter) => ['safety', 'alerts', 'list', filter] as const,
  detail: (id: string) => ['safety', 'alerts', 'detail', id] as const,
}

const PAGE = 20
const alertPath = (id: string) => `/api/v1/safety/alerts/${encodeURIComponent(id)}`

/**
 * Alerts newest first: every patient's for on-call staff, a psychologist's own patients' for
 * them (the server decides which).
 */
export function useSafetyAlerts(filter: AlertFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: alertKeys.list(filter),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ status: filter, limit: String(PAGE) })
      if (pageParam) query.set('cursor', pageParam)
      return apiFetch<SafetyAlertPage>(`/api/v1/safety/alerts?${query}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}

/** One alert with what triggered it; each read is audited by the server. */
export function useSafetyAlert(id: string) {
  return useQuery({
    queryKey: alertKeys.detail(id),
    queryFn: () => apiFetch<SafetyAlertDetail>(alertPath(id)),
  })
}

export function useAcknowledgeAlert(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<SafetyAlert>(`${alertPath(id)}/acknowledge`, { method: 'POST' }),
    onSuccess: (alert) => applyAlert(client, alert),
  })
}

export function useResolveAlert(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (note: string) =>
      apiFetch<SafetyAlert>(`${alertPath(id)}/resolve`, { method: 'POST', body: { note } }),
    onSuccess: (alert) => applyAlert(client, alert),
  })
}

const inFilter = (alert: SafetyAlert, filter: AlertFilter) =>
  filter === 'active' ? alert.status !== 'resolved' : alert.status === filter

/**
 * An alert as it is now (raised, renewed, escalated, acknowledged, resolved) into every loaded
 * list, at the top of those it belongs to and out of the others, and into its open detail.
 */
export function applyAlert(client: QueryClient, alert: SafetyAlert) {
  for (const filter of ['active', 'open', 'acknowledged', 'resolved'] as const) {
    client.setQueryData<InfiniteData<SafetyAlertPage, string | null>>(
      alertKeys.list(filter),
      (data) => {
        if (!data) return data
        const pages = data.pages.map((page) => ({
          ...page,
          items: page.items.filter((item) => item.id !== alert.id),
        }))
        const [first, ...rest] = pages
        if (!first || !inFilter(alert, filter)) return { ...data, pages }
        return { ...data, pages: [{ ...first, items: [alert, ...first.items] }, ...rest] }
      },
    )
  }
  const detail = client.getQueryData<SafetyAlertDetail>(alertKeys.detail(alert.id))
  if (!detail) return
  client.setQueryData(alertKeys.detail(alert.id), { ...detail, ...alert })
  // A renewal brought words the detail does not hold yet.
  if (alert.triggerCount !== detail.triggers.length) {
    void client.invalidateQueries({ queryKey: alertKeys.detail(alert.id) })
  }
}
