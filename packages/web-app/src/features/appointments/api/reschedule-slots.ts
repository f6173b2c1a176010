import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AvailabilityResponse } from '@yektayar/shared'
import { apiFetch, type DayKey } from '@yektayar/ui'

export interface SlotRange {
  /** First and last civil day on screen, read in `timeZone`. */
  from: DayKey
  to: DayKey
  timeZone: string
}

/** Free start times (UTC instants) of the appointment's own session type, for moving it. */
export function useRescheduleSlots(
  psychologistId: string,
  sessionTypeId: string,
  range: SlotRange | null,
) {
  return useQuery({
    queryKey: ['professionals', 'availability', psychologistId, sessionTypeId, range],
    queryFn: async () => {
      const params = new URLSearchParams({
        from: range?.from ?? '',
        to: range?.to ?? '',
        sessionType: sessionTypeId,
        timeZone: range?.timeZone ?? '',
      })
      const answer = await apiFetch<AvailabilityResponse>(
        `/api/v1/professionals/${encodeURIComponent(psychologistId)}/availability?${params}`,
      )
      return answer.slots.map((slot) => slot.startsAt)
    },
    enabled: range !== null,
    placeholderData: keepPreviousData,
    // Others take slots all the time.
    staleTime: 15_000,
  })
}
