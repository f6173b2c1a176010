import type { UseQueryResult } from '@tanstack/react-query'
import { ErrorState, LoadingState } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface QueryStatesProps<T> {
  query: UseQueryResult<T, unknown>
  /** A smaller spinner, for a card among others rather than a whole page. */
  compact?: boolean
  /** What the answer draws once it has come. */
  children: (data: T) => ReactNode
}

/**
 * Every screen's three states of one request: a spinner while it is on its way, the problem with
 * a retry when it failed, and what it brought otherwise.
 */
export function QueryStates<T>({ query, compact, children }: QueryStatesProps<T>) {
  if (query.isPending) return <LoadingState className={compact ? 'py-4' : undefined} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  return children(query.data)
}
