import { type ComponentPropsWithRef, useId } from 'react'
import { cx } from './cx.ts'

export interface TextFieldProps extends ComponentPropsWithRef<'input'> {
  label: string
  /** Shown under the field and tied to it with aria-describedby; marks the field invalid. */
  error?: string | null
  hint?: string
  inputClassName?: string
}

export function TextField(props: TextFieldProps) {
  const { label, error, hint, id, className, inputClassName, ...input } = props
  const generatedId = useId()
  const inputId = id ?? generatedId
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const describedBy = cx(hint && hintId, error && errorId) || undefined
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(
          'min-h-12 w-full rounded-xl border bg-surface px-4 text-base text-ink placeholder:text-ink-muted',
          error ? 'border-danger' : 'border-line-strong',
          inputClassName,
        )}
        {...input}
      />
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
