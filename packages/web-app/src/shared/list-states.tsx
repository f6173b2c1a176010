import { EmptyState, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'

export interface ListStatesProps {
  /** The paged request behind the list. */
  pages: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  /** How many items have come so far. */
  count: number
  /** Where the empty list's words live: `<messages>.emptyTitle` and `.emptyBody`. */
  messages: string
  /** What to do about an empty list, such as a link to where items come from. */
  emptyAction?: ReactNode
  children: ReactNode
}

/**
 * A paged list's states. A failure takes the list's place only while nothing has come; once
 * items are shown, a failed further page is reported by LoadMore below them instead.
 */
export function ListStates({ pages, count, messages, emptyAction, children }: ListStatesProps) {
  const { t } = useTranslation()
  if (pages.isPending) return <LoadingState />
  if (pages.isError && count === 0) {
    return <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
  }
  if (count > 0) return children
  return (
    <EmptyState
      title={t(`${messages}.emptyTitle`)}
      description={t(`${messages}.emptyBody`)}
      action={emptyAction}
    />
  )
}
