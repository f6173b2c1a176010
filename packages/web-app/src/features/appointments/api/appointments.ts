import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { AppointmentListQuery, AppointmentPage, AppointmentView } from '@yektayar/shared/types'
import { type ApiRequestInit, apiFetch } from '@yektayar/ui'

export type AppointmentScope = AppointmentListQuery['scope']

/** Everything under ['appointments'] (the dashboard's next-session card too) moves together. */
export const APPOINTMENTS_KEY = ['appointments'] as const
export const appointmentKey = (id: string) => ['appointments', 'detail', id] as const

const PAGE_SIZE = 20

/** My appointments, soonest first (upcoming) or most recent first (past), a page at a time. */
export function useAppointmentList(scope: AppointmentScope) {
  return useInfiniteQuery({
    queryKey: ['appointments', 'list', scope],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ scope, limit: String(PAGE_SIZE) })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<AppointmentPage>(`/api/v1/appointments?${params}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

export function useAppointment(id: string) {
  return useQuery({
    queryKey: appointmentKey(id),
    queryFn: () => apiFetch<AppointmentView>(`/api/v1/appointments/${encodeURIComponent(id)}`),
    // The join link appears only once the room opens: ask again now and then.
    refetchInterval: 60_000,
  })
}

/** The answer is the appointment as it now is: show it at once, refresh every list. */
function settle(queryClient: QueryClient, updated: AppointmentView) {
  queryClient.setQueryData(appointmentKey(updated.id), updated)
  void queryClient.invalidateQueries({
    queryKey: APPOINTMENTS_KEY,
    predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== updated.id,
  })
}

/**
 * `onDone` runs from the mutation itself, not from `mutate`'s options: the new state usually
 * takes away the button (or panel) that asked, and mutate's callbacks die with their component.
 */
function useAppointmentChange<Input>(
  id: string,
  request: (input: Input) => ApiRequestInit,
  onDone?: (updated: AppointmentView) => void,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Input) =>
      apiFetch<AppointmentView>(`/api/v1/appointments/${encodeURIComponent(id)}`, request(input)),
    onSuccess: (updated) => {
      onDone?.(updated)
      settle(queryClient, updated)
    },
  })
}

/** DELETE, with a reason if one was given: the cancel policy is the server's, this only asks. */
export function useCancelAppointment(id: string, onDone?: (updated: AppointmentView) => void) {
  return useAppointmentChange(
    id,
    (reason: string | undefined) => ({ method: 'DELETE', body: reason ? { reason } : {} }),
    onDone,
  )
}

/** PATCH {startsAt}: the new start, exactly as the availability answer sent it. */
export function useRescheduleAppointment(id: string, onDone?: (updated: AppointmentView) => void) {
  return useAppointmentChange(
    id,
    (startsAt: string) => ({ method: 'PATCH', body: { startsAt } }),
    onDone,
  )
}

/** PATCH {status}: completed or no_show, for the psychologist once the session began. */
export function useChangeStatus(id: string, onDone?: (updated: AppointmentView) => void) {
  return useAppointmentChange(
    id,
    (status: 'completed' | 'no_show') => ({ method: 'PATCH', body: { status } }),
    onDone,
  )
}

/** DELETE /outcome: takes a just-recorded completed / no-show back, inside the server's window. */
export function useUndoOutcome(id: string, onDone?: (updated: AppointmentView) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiFetch<AppointmentView>(`/api/v1/appointments/${encodeURIComponent(id)}/outcome`, {
        method: 'DELETE',
      }),
    onSuccess: (updated) => {
      onDone?.(updated)
      settle(queryClient, updated)
    },
  })
}

/** The calendar file of an appointment, for a plain link (useSignedUrl makes it work in the app). */
export function calendarFileUrl(id: string): string {
  return `/api/v1/appointments/${encodeURIComponent(id)}/calendar.ics`
}

/** Every appointment of the pages loaded so far, in order. */
export function itemsOf(data: InfiniteData<AppointmentPage> | undefined): AppointmentView[] {
  return data?.pages.flatMap((page) => page.items) ?? []
}
