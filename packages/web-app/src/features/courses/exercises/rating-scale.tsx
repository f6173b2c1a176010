import { cx, formatNumber, useLanguage } from '@yektayar/ui'
import { useId } from 'react'

export interface ScaleProps {
  label: string
  value: number | null
  onChange: (value: number) => void
  /** The choices, lowest first, each with the words it is read as. */
  choices?: { value: number; text: string }[]
}

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, value) => value)

/**
 * A rating as a row of radio buttons (0 to 10 unless told otherwise): arrow keys move along it,
 * and nothing is chosen until the person chooses.
 */
export function RatingScale({ label, value, onChange, choices }: ScaleProps) {
  const language = useLanguage()
  const name = useId()
  const options =
    choices ?? ZERO_TO_TEN.map((at) => ({ value: at, text: formatNumber(at, language) }))
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-ink">{label}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              'flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-xl border px-2 font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-primary',
              value === option.value
                ? 'border-primary bg-primary text-on-primary'
                : 'border-line-strong bg-surface text-ink hover:bg-surface-muted',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.text}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
