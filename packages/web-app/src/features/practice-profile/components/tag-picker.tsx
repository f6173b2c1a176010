import { CrossIcon, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useId } from 'react'

export interface TagPickerProps {
  label: string
  /** The chosen values, in the order they were added. */
  values: readonly string[]
  /** Every value that may be chosen. */
  options: readonly string[]
  nameOf: (value: string) => string
  max: number
  /** Fewer than this and the last tags cannot be removed (languages need one). */
  min?: number
  error?: string | null
  onChange: (values: string[]) => void
}

/**
 * Chosen values as removable chips, and a list of the others to add one: a native select, so
 * keyboards and screen readers need nothing special.
 */
export function TagPicker(props: TagPickerProps) {
  const { label, values, options, nameOf, max, min = 0, error, onChange } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const left = options.filter((option) => !values.includes(option))
  const full = values.length >= max
  const count = t('practiceProfile.tags.count', {
    n: formatNumber(values.length, language),
    max: formatNumber(max, language),
  })
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={`${id}-count`}>
      <legend className="mb-2 flex w-full items-baseline justify-between gap-3 text-sm font-medium text-ink">
        <span>{label}</span>
        <span id={`${id}-count`} className="text-xs font-normal text-ink-muted">
          {count}
        </span>
      </legend>
      {values.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('practiceProfile.tags.none')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {values.map((value) => (
            <li
              key={value}
              className="flex max-w-full items-center gap-1 rounded-full bg-primary-soft ps-3 pe-1 text-sm font-medium text-primary"
            >
              <span className="truncate py-1.5">{nameOf(value)}</span>
              <button
                type="button"
                disabled={values.length <= min}
                onClick={() => onChange(values.filter((kept) => kept !== value))}
                aria-label={t('practiceProfile.tags.remove', { name: nameOf(value) })}
                className="inline-flex size-8 shrink-0 items-center justify-center rounded-full hover:bg-surface/70 disabled:cursor-not-allowed disabled:opacity-40"
              >
                <CrossIcon className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {left.length > 0 && (
        <select
          aria-label={t('practiceProfile.tags.add', { label })}
          value=""
          disabled={full}
          onChange={(event) => {
            if (event.target.value) onChange([...values, event.target.value])
          }}
          className="min-h-11 w-full rounded-xl border border-line-strong bg-surface px-3 text-sm text-ink disabled:opacity-60 sm:w-72"
        >
          <option value="">
            {full ? t('practiceProfile.tags.full') : t('practiceProfile.tags.add', { label })}
          </option>
          {left.map((option) => (
            <option key={option} value={option}>
              {nameOf(option)}
            </option>
          ))}
        </select>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </fieldset>
  )
}
