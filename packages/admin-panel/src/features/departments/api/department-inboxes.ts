import { useQuery } from '@tanstack/react-query'
import type { DepartmentInboxList } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const DEPARTMENTS_KEY = ['admin', 'departments'] as const

/** Every department's inbox at a glance (`threads.manage`): counts only. */
export function useDepartmentInboxes() {
  return useQuery({
    queryKey: [...DEPARTMENTS_KEY, 'inboxes'],
    queryFn: () => apiFetch<DepartmentInboxList>('/api/v1/admin/department-inboxes'),
  })
}
