import type { ReactNode } from 'react'
import { cx } from './cx.ts'

export interface EmptyStateProps {
  title: string
  description?: ReactNode
  icon?: ReactNode
  /** Usually the one thing that would fill this space, e.g. a "book a session" link. */
  action?: ReactNode
  className?: string
}

export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      className={cx(
        'flex flex-col items-center gap-3 rounded-2xl border border-dashed border-line px-6 py-10 text-center',
        className,
      )}
    >
      {icon && <div className="text-primary">{icon}</div>}
      <h2 className="text-lg font-bold text-ink">{title}</h2>
      {description && <p className="max-w-prose text-ink-muted">{description}</p>}
      {action}
    </div>
  )
}
