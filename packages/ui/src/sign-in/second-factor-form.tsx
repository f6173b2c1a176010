import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemMessage } from '../api/problem-message.ts'
import { Button } from '../components/button.tsx'
import { TextField } from '../components/text-field.tsx'
import { proofOf, type SecondFactorProof } from './second-factor.ts'

export interface SecondFactorFormProps {
  onSubmit: (proof: SecondFactorProof) => void
  pending: boolean
  error: unknown
  onCancel: () => void
}

/** Staff with two-step sign-in: the authenticator's code, or a recovery code without the phone. */
export function SecondFactorForm({ onSubmit, pending, error, onCancel }: SecondFactorFormProps) {
  const { t } = useTranslation('ui')
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
        label={t('signIn.secondFactor.label')}
        hint={t('signIn.secondFactor.hint')}
        name="totp"
        dir="ltr"
        autoComplete="one-time-code"
        autoFocus
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={invalid ? t('signIn.secondFactor.invalid') : error ? describe(error) : null}
      />
      <Button type="submit" size="lg" loading={pending}>
        {t('signIn.secondFactor.submit')}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t('signIn.secondFactor.cancel')}
      </Button>
    </form>
  )
}
