import type { ComponentPropsWithRef } from 'react'
import { FieldFrame } from './field-frame.tsx'

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  label: string
  hint?: string
  /** [value, text] pairs, shown before any `<option>` children. */
  options?: readonly (readonly [string, string])[]
}

/** A labelled native select, styled like TextField: native keeps keyboard and screen readers. */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, options, id, className, children, ...select } = props
  return (
    <FieldFrame label={label} hint={hint} id={id} className={className}>
      {(control) => (
        <select
          {...control}
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
      )}
    </FieldFrame>
  )
}
