import { useQuery } from '@tanstack/react-query'
import type { AuditFacets } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { AUDIT_KEY } from './audit-logs.ts'

/** The actions and resource types the log holds, for the filter menus. */
export function useAuditFacets() {
  return useQuery({
    queryKey: [...AUDIT_KEY, 'facets'],
    queryFn: () => apiFetch<AuditFacets>('/api/v1/audit-logs/facets'),
    staleTime: 5 * 60_000,
  })
}
