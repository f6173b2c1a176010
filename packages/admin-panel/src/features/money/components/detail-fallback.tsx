import { ErrorState, isApiError, LoadingState } from '@yektayar/ui'

export interface DetailQuery {
  isPending: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/**
 * What a detail page shows before its record is there: loading, "not found" for a 404 (an id
 * from an old link), or the error with a retry. Null once the record has arrived.
 */
export function detailFallback(query: DetailQuery, notFound: string) {
  if (query.isPending) return <LoadingState />
  if (!query.isError) return null
  if (isApiError(query.error) && query.error.status === 404)
    return <p className="text-ink-muted">{notFound}</p>
  return <ErrorState error={query.error} onRetry={() => query.refetch()} />
}
