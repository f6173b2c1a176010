import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../components/text-field.tsx'
import { proofOf, type SecondFactorProof } from './second-factor.ts'
import { StepForm, useStepError } from './step-form.tsx'

export interface SecondFactorFormProps {
  onSubmit: (proof: SecondFactorProof) => void
  pending: boolean
  error: unknown
  onCancel: () => void
}

/** Staff with two-step sign-in: the authenticator's code, or a recovery code without the phone. */
export function SecondFactorForm({ onSubmit, pending, error, onCancel }: SecondFactorFormProps) {
  const { t } = useTranslation('ui')
  const stepError = useStepError()
  const [typed, setTyped] = useState('')
  const [invalid, setInvalid] = useState(false)

  const submit = () => {
    const proof = proofOf(typed)
    setInvalid(!proof)
    if (proof) onSubmit(proof)
  }

  return (
    <StepForm
      onSubmit={submit}
      pending={pending}
      submitLabel={t('signIn.secondFactor.submit')}
      way={{ label: t('signIn.secondFactor.cancel'), onClick: onCancel }}
    >
      <TextField
        label={t('signIn.secondFactor.label')}
        hint={t('signIn.secondFactor.hint')}
        name="totp"
        dir="ltr"
        autoComplete="one-time-code"
        autoFocus
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={stepError(invalid ? t('signIn.secondFactor.invalid') : null, error)}
      />
    </StepForm>
  )
}
