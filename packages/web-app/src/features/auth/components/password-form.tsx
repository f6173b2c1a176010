import { Button, TextField, toLatinDigits, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import type { PasswordLoginInput } from '../api/password-login.ts'

export interface PasswordFormProps {
  defaultIdentifier?: string
  onSubmit: (input: PasswordLoginInput) => void
  pending: boolean
  error: unknown
  /** Back to signing in with a one-time code. */
  onUseCode: () => void
}

/** Sign-in for people who set a password in Settings: identifier and password together. */
export function PasswordForm(props: PasswordFormProps) {
  const { defaultIdentifier = '', onSubmit, pending, error, onUseCode } = props
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const [identifier, setIdentifier] = useState(defaultIdentifier)
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState<'identifier' | 'password' | null>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const cleaned = toLatinDigits(identifier.trim())
    const empty = cleaned === '' ? 'identifier' : password === '' ? 'password' : null
    setMissing(empty)
    if (!empty) onSubmit({ identifier: cleaned, password })
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <TextField
        label={t('ui:signIn.identifierLabel')}
        name="identifier"
        type="text"
        dir="ltr"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={identifier}
        onChange={(event) => setIdentifier(event.target.value)}
        error={missing === 'identifier' ? t('ui:signIn.identifierRequired') : null}
      />
      <TextField
        label={t('auth.password.label')}
        name="password"
        type="password"
        dir="ltr"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={
          missing === 'password'
            ? t('auth.password.required')
            : error && !missing
              ? describe(error)
              : null
        }
      />
      <Button type="submit" size="lg" loading={pending}>
        {t('auth.password.submit')}
      </Button>
      <Button variant="ghost" onClick={onUseCode}>
        {t('auth.password.useCode')}
      </Button>
    </form>
  )
}
