import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toLatinDigits } from '../format/digits.ts'
import { IdentifierField } from './identifier-field.tsx'
import { StepForm, useStepError } from './step-form.tsx'

export interface IdentifierFormProps {
  /** The mobile number or email as typed, trimmed and with ASCII digits. */
  onSubmit: (identifier: string) => void
  pending: boolean
  error: unknown
  defaultValue?: string
}

/** First sign-in step. The server normalises and validates; we only refuse an empty field. */
export function IdentifierForm({
  onSubmit,
  pending,
  error,
  defaultValue = '',
}: IdentifierFormProps) {
  const { t } = useTranslation('ui')
  const stepError = useStepError()
  const [value, setValue] = useState(defaultValue)
  const [missing, setMissing] = useState(false)

  const submit = () => {
    const identifier = toLatinDigits(value.trim())
    setMissing(identifier === '')
    if (identifier !== '') onSubmit(identifier)
  }

  return (
    <StepForm onSubmit={submit} pending={pending} submitLabel={t('signIn.sendCode')}>
      <IdentifierField
        hint={t('signIn.identifierHint')}
        value={value}
        onChange={setValue}
        error={stepError(missing ? t('signIn.identifierRequired') : null, error)}
      />
    </StepForm>
  )
}
