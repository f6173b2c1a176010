import { Button } from './button.tsx'
import { ErrorState } from './error-state.tsx'

/** What LoadMore reads of an infinite query (TanStack Query's useInfiniteQuery result). */
export interface NextPages {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  error: unknown
  fetchNextPage: () => unknown
}

export interface LoadMoreProps {
  pages: NextPages
  /** What the button says, e.g. "More psychologists". */
  label: string
}

/**
 * The "more" button under a paged list, busy while the next page loads, and the failure of
 * that page (the rows already shown stay) with its message from the API's code.
 */
export function LoadMore({ pages, label }: LoadMoreProps) {
  return (
    <>
      {pages.hasNextPage && (
        <Button
          variant="secondary"
          className="self-center"
          loading={pages.isFetchingNextPage}
          onClick={() => pages.fetchNextPage()}
        >
          {label}
        </Button>
      )}
      {pages.isFetchNextPageError && <ErrorState error={pages.error} />}
    </>
  )
}
