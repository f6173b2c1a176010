import { type ComponentPropsWithRef, useId } from 'react'
import { cx } from './cx.ts'

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  label: string
  hint?: string
  /** [value, text] pairs, shown before any `<option>` children. */
  options?: readonly (readonly [string, string])[]
}

/** A labelled native select, styled like TextField: native keeps keyboard and screen readers. */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, options, id, className, children, ...select } = props
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
        {options?.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
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
