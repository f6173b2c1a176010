import { LoadingState } from '@yektayar/ui'

/**
 * Card-sized placeholders while the first page of psychologists loads. They take the room the
 * cards will take, so the footer is already below the fold and nothing jumps when they arrive
 * (the page's layout shift was 0.1 with a spinner).
 */
export function CardSkeletons({ count = 4 }: { count?: number }) {
  return (
    <div>
      <LoadingState className="sr-only" />
      <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: count }, (_, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
            key={index}
            className="flex min-h-72 flex-col gap-4 rounded-2xl border border-line bg-surface p-5"
          >
            <div className="flex items-center gap-4">
              <div className="size-16 rounded-full bg-surface-muted motion-safe:animate-pulse" />
              <div className="h-5 w-1/2 rounded bg-surface-muted motion-safe:animate-pulse" />
            </div>
            <div className="h-4 w-3/4 rounded bg-surface-muted motion-safe:animate-pulse" />
            <div className="h-4 w-2/3 rounded bg-surface-muted motion-safe:animate-pulse" />
          </li>
        ))}
      </ul>
    </div>
  )
}
