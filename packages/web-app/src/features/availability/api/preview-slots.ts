import { useQuery } from '@tanstack/react-query'
import type { AvailabilityResponse } from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'

export const PREVIEW_KEY = ['professionals', 'preview'] as const

export interface PreviewQuery {
  psychologistId: string
  sessionTypeId: string
  /** Local dates (`YYYY-MM-DD`), both included, read in `timeZone`. */
  from: string
  to: string
  timeZone: string
}

/** The public availability endpoint, exactly what the booking page asks. */
export function fetchPreviewSlots(query: PreviewQuery): Promise<AvailabilityResponse> {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    sessionType: query.sessionTypeId,
    timeZone: query.timeZone,
  })
  const id = encodeURIComponent(query.psychologistId)
  return apiFetch<AvailabilityResponse>(`/api/v1/professionals/${id}/availability?${params}`)
}

export function usePreviewSlots(query: PreviewQuery | null) {
  return useQuery({
    queryKey: [...PREVIEW_KEY, query],
    queryFn: () => fetchPreviewSlots(query as PreviewQuery),
    enabled: query !== null,
  })
}
