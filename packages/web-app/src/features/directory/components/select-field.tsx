import { useId } from 'react'

export interface SelectFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** [value, text] pairs; the first is usually "any" with the value ''. */
  options: [string, string][]
}

/** A labelled native select: the phone's own picker, keyboard and screen reader support. */
export function SelectField({ label, value, onChange, options }: SelectFieldProps) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="min-h-11 w-full rounded-xl border border-line-strong bg-surface px-3 text-ink"
      >
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
