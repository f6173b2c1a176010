import { cx } from '@yektayar/ui'
import { type ComponentPropsWithRef, useId } from 'react'

export interface TextAreaFieldProps extends ComponentPropsWithRef<'textarea'> {
  label: string
  hint?: string
  error?: string | null
}

/** A labelled multi-line field, styled like the ui TextField, with its hint and error tied to it. */
export function TextAreaField({ label, hint, error, id, className, ...rest }: TextAreaFieldProps) {
  const generatedId = useId()
  const fieldId = id ?? generatedId
  const describedBy = cx(hint && `${fieldId}-hint`, error && `${fieldId}-error`) || undefined
  return (
    <div className={cx('flex flex-col gap-1.5', className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-ink">
        {label}
      </label>
      <textarea
        id={fieldId}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(
          'w-full rounded-xl border bg-surface px-4 py-3 text-base text-ink placeholder:text-ink-muted',
          error ? 'border-danger' : 'border-line-strong',
        )}
        {...rest}
      />
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fieldId}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  )
}
