import { ErrorState, LoadingState } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface ListStatesProps {
  /** The paged request behind the list. */
  pages: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  /** How many items have come so far. */
  count: number
  /** Shown when the answer holds no item at all. */
  empty: ReactNode
  children: ReactNode
}

/**
 * A paged list's states. A failure takes the list's place only while nothing has come; once
 * items are shown, a failed further page is reported by LoadMore below them instead.
 */
export function ListStates({ pages, count, empty, children }: ListStatesProps) {
  if (pages.isPending) return <LoadingState />
  if (pages.isError && count === 0) {
    return <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
  }
  return count === 0 ? empty : children
}
