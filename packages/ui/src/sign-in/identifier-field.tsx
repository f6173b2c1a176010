import { useTranslation } from 'react-i18next'
import { TextField } from '../components/text-field.tsx'

export interface IdentifierFieldProps {
  value: string
  onChange: (value: string) => void
  error: string | null
  hint?: string
}

/** The mobile number or email field of both sign-in forms. */
export function IdentifierField({ value, onChange, error, hint }: IdentifierFieldProps) {
  const { t } = useTranslation('ui')
  return (
    <TextField
      label={t('signIn.identifierLabel')}
      hint={hint}
      name="identifier"
      type="text"
      // Phone numbers and email addresses read left to right in either language.
      dir="ltr"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  )
}
