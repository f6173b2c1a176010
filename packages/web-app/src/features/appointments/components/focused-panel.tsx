import { cx } from '@yektayar/ui'
import { type ReactNode, useEffect, useId, useRef } from 'react'

export interface FocusedPanelProps {
  title: string
  /** `danger` edges the panel in red, for a step that cannot be undone. */
  tone?: 'plain' | 'danger'
  children: ReactNode
}

/**
 * An inline panel opened by an action on the appointment (cancel, reschedule): rather than a
 * modal, it keeps the session's details in view while deciding.
 */
export function FocusedPanel({ title, tone = 'plain', children }: FocusedPanelProps) {
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening moves focus here, so keyboard and screen-reader users land in the panel.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section
      aria-labelledby={titleId}
      className={cx(
        'flex flex-col gap-4 rounded-2xl border bg-surface p-5',
        tone === 'danger' ? 'border-danger/40' : 'border-line',
      )}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1} className="text-xl font-bold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}
