import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AvailabilityQuery, AvailabilityResponse } from '@yektayar/shared/types'
import { apiFetch, type DayKey } from '@yektayar/ui'

/** The availability query's range: first and last civil day asked for, read in `timeZone`. */
export type SlotRange = Required<Pick<AvailabilityQuery, 'timeZone'>> & { from: DayKey; to: DayKey }

export function availabilityKey(psychologistId: string, sessionTypeId?: string) {
  return ['professionals', 'availability', psychologistId, sessionTypeId].filter(Boolean)
}

/** Free start times (UTC instants) of one session type over the days on screen. */
export function useAvailability(
  psychologistId: string,
  sessionTypeId: string | null,
  range: SlotRange | null,
) {
  return useQuery({
    queryKey: [...availabilityKey(psychologistId, sessionTypeId ?? undefined), range],
    queryFn: async () => {
      const params = new URLSearchParams({
        from: range?.from ?? '',
        to: range?.to ?? '',
        sessionType: sessionTypeId ?? '',
        timeZone: range?.timeZone ?? '',
      })
      const answer = await apiFetch<AvailabilityResponse>(
        `/api/v1/professionals/${encodeURIComponent(psychologistId)}/availability?${params}`,
      )
      return answer.slots.map((slot) => slot.startsAt)
    },
    enabled: Boolean(sessionTypeId && range),
    // Moving to another month keeps this month's days on screen until the next arrive.
    placeholderData: keepPreviousData,
    // Slots are taken by others all the time: ask again whenever the page comes back.
    staleTime: 15_000,
  })
}
