import { SelectField, SwitchField, TextAreaField, TextField, useTranslation } from '@yektayar/ui'
import type { Draft, ValueControl } from '../value-control.ts'

export interface ValueInputProps {
  control: ValueControl
  label: string
  hint?: string
  draft: Draft
  error: string | null
  sensitive: boolean
  onChange: (draft: Draft) => void
}

/** The input a key's schema calls for: a choice, a switch, a number or numbers, text, or JSON. */
export function ValueInput({
  control,
  label,
  hint,
  draft,
  error,
  sensitive,
  onChange,
}: ValueInputProps) {
  const { t } = useTranslation()
  const text = {
    value: String(draft),
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  if (control.kind === 'switch') {
    return <SwitchField label={label} hint={hint} checked={draft === true} onChange={onChange} />
  }
  if (control.kind === 'select') {
    const options = control.options.map(
      (option) => [option, t(`configuration.options.${option}`, { defaultValue: option })] as const,
    )
    return <SelectField label={label} hint={hint} options={options} {...text} />
  }
  if (control.kind === 'json') {
    return <TextAreaField label={label} hint={hint} error={error} dir="ltr" rows={5} {...text} />
  }
  if (sensitive) {
    return (
      <TextField
        label={label}
        hint={hint}
        error={error}
        type="password"
        autoComplete="off"
        dir="ltr"
        {...text}
      />
    )
  }
  if (control.kind === 'numberList') {
    return (
      <TextField
        label={label}
        hint={hint ?? t('configuration.listHint')}
        error={error}
        dir="ltr"
        {...text}
      />
    )
  }
  const number = control.kind === 'number'
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      dir="ltr"
      inputMode={number ? (control.integer ? 'numeric' : 'decimal') : undefined}
      maxLength={control.kind === 'text' ? control.maxLength : undefined}
      {...text}
    />
  )
}
