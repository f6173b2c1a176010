import { cx } from '@yektayar/ui'

export interface TagListProps {
  items: string[]
  /** Names the list for screen readers when no heading does. */
  label?: string
  className?: string
}

export function TagList({ items, label, className }: TagListProps) {
  if (items.length === 0) return null
  return (
    <ul aria-label={label} className={cx('flex flex-wrap gap-1.5', className)}>
      {items.map((item) => (
        <li key={item} className="rounded-full bg-surface-muted px-3 py-1 text-sm text-ink">
          {item}
        </li>
      ))}
    </ul>
  )
}
