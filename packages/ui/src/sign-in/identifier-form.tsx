import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessage } from '../api/problem-message.ts'
import { Button } from '../components/button.tsx'
import { toLatinDigits } from '../format/digits.ts'
import { IdentifierField } from './identifier-field.tsx'

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
  const describe = useProblemMessage()
  const [value, setValue] = useState(defaultValue)
  const [missing, setMissing] = useState(false)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const identifier = toLatinDigits(value.trim())
    setMissing(identifier === '')
    if (identifier !== '') onSubmit(identifier)
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <IdentifierField
        hint={t('signIn.identifierHint')}
        value={value}
        onChange={setValue}
        error={missing ? t('signIn.identifierRequired') : error ? describe(error) : null}
      />
      <Button type="submit" size="lg" loading={pending}>
        {t('signIn.sendCode')}
      </Button>
    </form>
  )
}
