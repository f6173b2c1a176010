import { cx } from '@yektayar/ui'
import { type ComponentPropsWithRef, useId } from 'react'

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  label: string
  hint?: string
}

/** A labelled native select, styled like TextField: native keeps keyboard and screen readers. */
export function SelectField({ label, hint, id, className, children, ...select }: SelectFieldProps) {
  const generatedId = useId()
  const selectId = id ?? generatedId
  const hintId = `${selectId}-hint`
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={selectId} className="text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={selectId}
        aria-describedby={hint ? hintId : undefined}
        className="min-h-12 w-full rounded-xl border border-line-strong bg-surface px-3 text-base text-ink"
        {...select}
      >
        {children}
      </select>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
    </div>
  )
}
