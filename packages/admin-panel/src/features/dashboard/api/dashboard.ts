import { useQuery } from '@tanstack/react-query'
import type { Dashboard } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const DASHBOARD_WEEKS = 12

/**
 * Every figure over the last twelve Jalali weeks (`reports.read`), asked afresh each time the
 * dashboard opens: what is waiting (a psychologist just verified elsewhere in the panel) must
 * show at once; the server keeps the costly weekly part for a minute anyway.
 */
export function useDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'dashboard', DASHBOARD_WEEKS],
    queryFn: () => apiFetch<Dashboard>(`/api/v1/admin/dashboard?weeks=${DASHBOARD_WEEKS}`),
    enabled,
    staleTime: 0,
  })
}
