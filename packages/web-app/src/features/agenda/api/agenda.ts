import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AppointmentListQuery, AppointmentPage, AppointmentView } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** A week rarely holds more; the API's page limit is 100 and we follow the cursor beyond. */
const LIMIT = 100

async function allOf(scope: AppointmentListQuery['scope'], from: string, to: string) {
  const items: AppointmentView[] = []
  let cursor: string | null = null
  do {
    const params = new URLSearchParams({ scope, from, to, limit: String(LIMIT) })
    if (cursor) params.set('cursor', cursor)
    const page: AppointmentPage = await apiFetch<AppointmentPage>(`/api/v1/appointments?${params}`)
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return items
}

/**
 * My appointments starting inside [from, to): the list splits past from upcoming at "now", so
 * a calendar range asks for both and puts them together.
 */
export function useAgenda(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['appointments', 'agenda', range.from, range.to],
    queryFn: async () => {
      const [past, upcoming] = await Promise.all([
        allOf('past', range.from, range.to),
        allOf('upcoming', range.from, range.to),
      ])
      const unique = new Map([...past, ...upcoming].map((item) => [item.id, item]))
      return [...unique.values()]
    },
    // Moving to the next week keeps this one on screen until the next arrives.
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  })
}
