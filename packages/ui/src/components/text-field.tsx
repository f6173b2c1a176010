import type { ComponentPropsWithRef } from 'react'
import { cx } from './cx.ts'
import { FieldFrame } from './field-frame.tsx'

export interface TextFieldProps extends ComponentPropsWithRef<'input'> {
  label: string
  /** Shown under the field and tied to it with aria-describedby; marks the field invalid. */
  error?: string | null
  hint?: string
  inputClassName?: string
}

export function TextField(props: TextFieldProps) {
  const { label, error, hint, id, className, inputClassName, ...input } = props
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <input
          {...control}
          className={cx(
            'min-h-12 w-full rounded-xl border bg-surface px-4 text-base text-ink placeholder:text-ink-muted',
            error ? 'border-danger' : 'border-line-strong',
            inputClassName,
          )}
          {...input}
        />
      )}
    </FieldFrame>
  )
}
