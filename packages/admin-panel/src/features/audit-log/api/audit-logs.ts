import { useInfiniteQuery } from '@tanstack/react-query'
import type { AuditPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { type AuditFilters, searchFromFilters } from '../audit-filters.ts'

export const AUDIT_KEY = ['admin', 'audit-logs'] as const

function fetchAuditLogs(filters: AuditFilters, cursor: string | null): Promise<AuditPage> {
  const params = searchFromFilters(filters)
  params.set('limit', '50')
  if (cursor) params.set('cursor', cursor)
  return apiFetch<AuditPage>(`/api/v1/audit-logs?${params}`)
}

/** The log under the given filters, newest first, page by page. */
export function useAuditLogs(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: [...AUDIT_KEY, filters],
    queryFn: ({ pageParam }) => fetchAuditLogs(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

/** Where the same filtered list downloads as CSV (streamed by the server; the cookie signs it). */
export const auditExportUrl = (filters: AuditFilters) => {
  const params = searchFromFilters(filters).toString()
  return `/api/v1/audit-logs/export${params ? `?${params}` : ''}`
}
