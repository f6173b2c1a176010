import { useQuery } from '@tanstack/react-query'
import type { AppointmentPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** The soonest appointment still to come (or under way), pending or confirmed. */
export function useNextAppointment() {
  return useQuery({
    queryKey: ['appointments', 'upcoming', 'next'],
    queryFn: async () => {
      const page = await apiFetch<AppointmentPage>('/api/v1/appointments?scope=upcoming&limit=10')
      return (
        page.items.find((item) => item.status === 'confirmed' || item.status === 'pending') ?? null
      )
    },
    // The join link is only handed out once the room opens: ask again now and then.
    refetchInterval: 60_000,
  })
}
