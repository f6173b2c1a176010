import { LoadingState } from '@yektayar/ui'

/**
 * Course-card-sized placeholders while the first page loads: they take the cards' room, so
 * nothing below jumps when the cards arrive (a spinner there moved the footer: layout shift).
 */
export function CardSkeletons({ count = 6 }: { count?: number }) {
  return (
    <div>
      <LoadingState className="sr-only" />
      <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: count }, (_, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
            key={index}
            className="flex min-h-56 flex-col gap-4 rounded-2xl border border-line bg-surface p-5"
          >
            <div className="flex items-center gap-3">
              <div className="size-11 rounded-xl bg-surface-muted motion-safe:animate-pulse" />
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
