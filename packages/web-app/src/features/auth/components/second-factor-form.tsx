import { Button, TextField, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { proofOf, type SecondFactorProof } from '../second-factor.ts'

export interface SecondFactorFormProps {
  onSubmit: (proof: SecondFactorProof) => void
  pending: boolean
  error: unknown
  onCancel: () => void
}

/** Staff with two-step sign-in: the authenticator's code, or a recovery code without the phone. */
export function SecondFactorForm({ onSubmit, pending, error, onCancel }: SecondFactorFormProps) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const [typed, setTyped] = useState('')
  const [invalid, setInvalid] = useState(false)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const proof = proofOf(typed)
    setInvalid(!proof)
    if (proof) onSubmit(proof)
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <TextField
        label={t('auth.secondFactor.label')}
        hint={t('auth.secondFactor.hint')}
        name="totp"
        dir="ltr"
        autoComplete="one-time-code"
        autoFocus
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={invalid ? t('auth.secondFactor.invalid') : error ? describe(error) : null}
      />
      <Button type="submit" size="lg" loading={pending}>
        {t('auth.secondFactor.submit')}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t('auth.secondFactor.cancel')}
      </Button>
    </form>
  )
}
