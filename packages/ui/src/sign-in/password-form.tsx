import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessage } from '../api/problem-message.ts'
import { TextField } from '../components/text-field.tsx'
import { toLatinDigits } from '../format/digits.ts'
import { useServerFieldErrors } from '../forms/server-field-errors.ts'
import type { PasswordLoginInput } from './api/password-login.ts'
import { IdentifierField } from './identifier-field.tsx'
import { StepForm } from './step-form.tsx'

export interface PasswordFormProps {
  defaultIdentifier?: string
  onSubmit: (input: PasswordLoginInput) => void
  pending: boolean
  error: unknown
  /** Back to signing in with a one-time code. */
  onUseCode: () => void
}

type Field = 'identifier' | 'password'
const SERVER_FIELDS = { 'body.identifier': 'identifier', 'body.password': 'password' } as const

/**
 * The server's field errors by field. These forms stay on plain state rather than
 * react-hook-form: the sign-in page is on the first screen, whose JavaScript budget has no
 * room for react-hook-form and zod (see docs/ARCHITECTURE.md, front ends).
 */
function useFieldErrors(error: unknown): Partial<Record<Field, string>> {
  const placeServerErrors = useServerFieldErrors()
  return useMemo(() => {
    const found: Partial<Record<Field, string>> = {}
    placeServerErrors(error, SERVER_FIELDS, (field, { message }) => {
      found[field] = message
    })
    return found
  }, [error, placeServerErrors])
}

/** Sign-in for people who set a password in Settings: identifier and password together. */
export function PasswordForm(props: PasswordFormProps) {
  const { defaultIdentifier = '', onSubmit, pending, error, onUseCode } = props
  const { t } = useTranslation('ui')
  const describe = useProblemMessage()
  const [identifier, setIdentifier] = useState(defaultIdentifier)
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState<Field | null>(null)
  const fieldErrors = useFieldErrors(error)
  const placed = Object.keys(fieldErrors).length > 0

  const submit = () => {
    const cleaned = toLatinDigits(identifier.trim())
    const empty = cleaned === '' ? 'identifier' : password === '' ? 'password' : null
    setMissing(empty)
    if (!empty) onSubmit({ identifier: cleaned, password })
  }

  return (
    <StepForm
      onSubmit={submit}
      pending={pending}
      submitLabel={t('signIn.password.submit')}
      way={{ label: t('signIn.password.useCode'), onClick: onUseCode }}
    >
      <IdentifierField
        value={identifier}
        onChange={setIdentifier}
        error={
          missing === 'identifier'
            ? t('signIn.identifierRequired')
            : missing
              ? null
              : (fieldErrors.identifier ?? null)
        }
      />
      <TextField
        label={t('signIn.password.label')}
        name="password"
        type="password"
        dir="ltr"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={
          missing === 'password'
            ? t('signIn.password.required')
            : missing
              ? null
              : (fieldErrors.password ?? (error && !placed ? describe(error) : null))
        }
      />
    </StepForm>
  )
}
