import type { ComponentPropsWithRef } from 'react'
import { cx } from './cx.ts'
import { FieldFrame } from './field-frame.tsx'

export interface TextAreaFieldProps extends ComponentPropsWithRef<'textarea'> {
  label: string
  /** Shown under the field and tied to it with aria-describedby; marks the field invalid. */
  error?: string | null
  hint?: string
}

/** A labelled multi-line field, styled like TextField (notes, announcements, messages). */
export function TextAreaField(props: TextAreaFieldProps) {
  const { label, error, hint, id, className, ...textarea } = props
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          className={cx(
            'w-full rounded-xl border bg-surface px-4 py-3 text-base text-ink placeholder:text-ink-muted',
            error ? 'border-danger' : 'border-line-strong',
          )}
          {...textarea}
        />
      )}
    </FieldFrame>
  )
}
