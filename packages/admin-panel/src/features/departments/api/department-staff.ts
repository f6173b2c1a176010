import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MessagingPerson } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { DEPARTMENTS_KEY } from './department-inboxes.ts'

const staffKey = (key: string) => [...DEPARTMENTS_KEY, 'staff', key] as const

/** Who answers one department's inbox. */
export function useDepartmentStaff(key: string) {
  return useQuery({
    queryKey: staffKey(key),
    queryFn: () =>
      apiFetch<{ items: MessagingPerson[] }>(
        `/api/v1/departments/${encodeURIComponent(key)}/staff`,
      ),
  })
}

/** Adds (`PUT`) or removes (`DELETE`) a staff member; the staff and the counts are reread. */
export function useChangeStaff(key: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: 'add' | 'remove' }) =>
      apiFetch<void>(`/api/v1/departments/${encodeURIComponent(key)}/staff/${userId}`, {
        method: change === 'add' ? 'PUT' : 'DELETE',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY }),
  })
}
