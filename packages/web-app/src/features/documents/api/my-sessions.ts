import { useQuery } from '@tanstack/react-query'
import type { AppointmentPage, AppointmentView } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** Enough to choose from: the sessions people bring a document for are the near ones. */
const EACH = 50

const page = (scope: 'upcoming' | 'past') =>
  apiFetch<AppointmentPage>(`/api/v1/appointments?scope=${scope}&limit=${EACH}`)

/**
 * Sessions a document may be linked to: coming ones soonest first, then past ones latest
 * first; cancelled ones are left out (nobody meets in them).
 */
export function useMySessions() {
  return useQuery({
    queryKey: ['appointments', 'documents-choice'],
    queryFn: async (): Promise<AppointmentView[]> => {
      const [upcoming, past] = await Promise.all([page('upcoming'), page('past')])
      return [...upcoming.items, ...past.items].filter((item) => item.status !== 'cancelled')
    },
  })
}
