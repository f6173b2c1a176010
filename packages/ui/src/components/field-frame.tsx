import { type ReactNode, useId } from 'react'
import { cx } from './cx.ts'

/** What the control inside a FieldFrame spreads on itself, to be named and described. */
export interface FieldControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

export interface FieldFrameProps {
  label: string
  hint?: string
  /** Shown under the field and tied to it with aria-describedby; marks the field invalid. */
  error?: string | null
  /** The control's id; one is made up when the caller has none. */
  id?: string
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

/**
 * Label, control, hint and error of every form field (input, select, text area), tied
 * together by ids so screen readers read the label, the hint and the error with the control.
 */
export function FieldFrame({ label, hint, error, id, className, children }: FieldFrameProps) {
  const generatedId = useId()
  const controlId = id ?? generatedId
  const hintId = `${controlId}-hint`
  const errorId = `${controlId}-error`
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={controlId} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children({
        id: controlId,
        'aria-describedby': cx(hint && hintId, error && errorId) || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  )
}
