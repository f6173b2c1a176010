import { useQuery } from '@tanstack/react-query'
import type { AvailabilityQuery, AvailabilityResponse } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const PREVIEW_KEY = ['professionals', 'preview'] as const

/** The availability query for one psychologist; `from`/`to` are local dates read in `timeZone`. */
export type PreviewQuery = Required<Pick<AvailabilityQuery, 'from' | 'to' | 'timeZone'>> & {
  psychologistId: string
  sessionTypeId: string
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
