import { cx, LoadingState } from '@yektayar/ui'

/** The shape of a feature's cards, as Tailwind classes. */
export interface CardShape {
  /** The list's grid: columns per width. */
  grid: string
  /** One card's room (its minimum height). */
  card: string
  /** The card's picture or icon. */
  media: string
}

/**
 * Card-sized placeholders while a list's first page loads. They take the room the cards will
 * take, so the footer is already below the fold and nothing jumps when they arrive (the
 * directory's layout shift was 0.1 with a spinner).
 */
export function CardSkeletons({ count, shape }: { count: number; shape: CardShape }) {
  return (
    <div>
      <LoadingState className="sr-only" />
      <ul aria-hidden="true" className={cx('grid gap-4', shape.grid)}>
        {Array.from({ length: count }, (_, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
            key={index}
            className={cx(
              'flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5',
              shape.card,
            )}
          >
            <div className="flex items-center gap-4">
              <div className={cx('bg-surface-muted motion-safe:animate-pulse', shape.media)} />
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
