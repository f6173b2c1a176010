import { useQuery } from '@tanstack/react-query'
import type { AppointmentPage, AppointmentView } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export type MyPsychologist = AppointmentView['psychologist']

const CARED_FOR = new Set(['confirmed', 'completed'])

/**
 * The psychologists a patient may write to directly: the server allows a direct thread with
 * anyone they have (had) a confirmed appointment with.
 */
export function useMyPsychologists(enabled: boolean) {
  return useQuery({
    queryKey: ['appointments', 'my-psychologists'],
    enabled,
    queryFn: async (): Promise<MyPsychologist[]> => {
      const pages = await Promise.all(
        (['upcoming', 'past'] as const).map((scope) =>
          apiFetch<AppointmentPage>(`/api/v1/appointments?scope=${scope}&limit=100`),
        ),
      )
      const people = new Map<string, MyPsychologist>()
      for (const item of pages.flatMap((page) => page.items)) {
        if (CARED_FOR.has(item.status)) people.set(item.psychologist.id, item.psychologist)
      }
      return [...people.values()]
    },
  })
}
