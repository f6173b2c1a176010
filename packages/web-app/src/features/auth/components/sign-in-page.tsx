import {
  Button,
  Card,
  CodeForm,
  IdentifierForm,
  isApiError,
  useCountdown,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Navigate, useSearchParams } from 'react-router'
import { useSession } from '../../session/api/session.ts'
import { safeNextPath } from '../../session/require-session.tsx'
import { type PasswordLoginInput, usePasswordLogin } from '../api/password-login.ts'
import { useSendOtp } from '../api/send-otp.ts'
import { useVerifyOtp } from '../api/verify-otp.ts'
import type { SecondFactorProof } from '../second-factor.ts'
import { useFinishSignIn } from '../use-finish-sign-in.ts'
import { PasswordForm } from './password-form.tsx'
import { SecondFactorForm } from './second-factor-form.tsx'

/** The server's cool-down between codes; the button waits the same time instead of failing. */
export const RESEND_SECONDS = 60

type Step = 'identifier' | 'code' | 'password' | 'second-factor'

/** The first factor already accepted, kept to send again with the second (TOTP_REQUIRED). */
type FirstFactor = { code: string } | { password: string }

const asksSecondFactor = (error: unknown) => isApiError(error) && error.code === 'TOTP_REQUIRED'

export function SignInPage() {
  const { t } = useTranslation()
  const session = useSession()
  const [params] = useSearchParams()
  const sendOtp = useSendOtp()
  const verifyOtp = useVerifyOtp()
  const passwordLogin = usePasswordLogin()
  const finishSignIn = useFinishSignIn()
  const countdown = useCountdown()
  const [identifier, setIdentifier] = useState('')
  const [step, setStep] = useState<Step>('identifier')
  const [firstFactor, setFirstFactor] = useState<FirstFactor | null>(null)

  // Staff with two-step sign-in: the first answer asks for it; the same code or password is
  // sent again with it (the server spends the code only once both have passed).
  const secondFactorIfAsked = (factor: FirstFactor) => (error: unknown) => {
    if (!asksSecondFactor(error)) return
    setFirstFactor(factor)
    setStep('second-factor')
  }

  // Someone already signed in has nothing to do here. The form shows while the session is
  // asked for, so visitors (nearly everyone who opens this page) never wait for it. Right after
  // our own sign-in the refreshed session must not race finishSignIn's navigation.
  const justSignedIn = verifyOtp.isSuccess || passwordLogin.isSuccess
  if (session.data && !justSignedIn) {
    return <Navigate to={safeNextPath(params.get('next')) ?? '/dashboard'} replace />
  }

  const requestCode = (value: string) => {
    verifyOtp.reset()
    sendOtp.mutate(
      { identifier: value },
      {
        onSuccess: () => {
          setIdentifier(value)
          setStep('code')
          countdown.start(RESEND_SECONDS)
        },
      },
    )
  }

  const verify = (code: string) => {
    sendOtp.reset()
    verifyOtp.mutate(
      { identifier, code },
      { onSuccess: finishSignIn, onError: secondFactorIfAsked({ code }) },
    )
  }

  const signInWithPassword = (input: PasswordLoginInput) => {
    setIdentifier(input.identifier)
    passwordLogin.mutate(input, {
      onSuccess: finishSignIn,
      onError: secondFactorIfAsked({ password: input.password }),
    })
  }

  const proveSecondFactor = (proof: SecondFactorProof) => {
    if (!firstFactor) return
    if ('code' in firstFactor) {
      verifyOtp.mutate(
        { identifier, code: firstFactor.code, ...proof },
        { onSuccess: finishSignIn },
      )
    } else {
      const input = { identifier, password: firstFactor.password, ...proof }
      passwordLogin.mutate(input, { onSuccess: finishSignIn })
    }
  }

  const goTo = (next: Step) => {
    sendOtp.reset()
    verifyOtp.reset()
    passwordLogin.reset()
    setStep(next)
  }

  const heading = {
    identifier: 'auth.title',
    code: 'auth.codeTitle',
    password: 'auth.title',
    'second-factor': 'auth.secondFactor.title',
  }[step]
  const lead = {
    identifier: 'auth.lead',
    code: null,
    password: 'auth.password.lead',
    'second-factor': 'auth.secondFactor.lead',
  }[step]

  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-20">
      <title>{t('auth.pageTitle')}</title>
      <Card className="flex flex-col gap-6 p-6 sm:p-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink">{t(heading)}</h1>
          {lead && <p className="text-ink-muted">{t(lead)}</p>}
        </div>
        {step === 'identifier' && (
          <div className="flex flex-col gap-3">
            <IdentifierForm
              defaultValue={identifier}
              onSubmit={requestCode}
              pending={sendOtp.isPending}
              error={sendOtp.error}
            />
            <Button variant="ghost" onClick={() => goTo('password')}>
              {t('auth.password.switch')}
            </Button>
          </div>
        )}
        {step === 'code' && (
          <CodeForm
            identifier={identifier}
            onSubmit={verify}
            pending={verifyOtp.isPending}
            error={verifyOtp.error ?? sendOtp.error}
            resendIn={countdown.remaining}
            resending={sendOtp.isPending}
            onResend={() => requestCode(identifier)}
            onChangeIdentifier={() => goTo('identifier')}
          />
        )}
        {step === 'password' && (
          <PasswordForm
            defaultIdentifier={identifier}
            onSubmit={signInWithPassword}
            pending={passwordLogin.isPending}
            error={asksSecondFactor(passwordLogin.error) ? null : passwordLogin.error}
            onUseCode={() => goTo('identifier')}
          />
        )}
        {step === 'second-factor' && (
          <SecondFactorForm
            onSubmit={proveSecondFactor}
            pending={verifyOtp.isPending || passwordLogin.isPending}
            error={
              asksSecondFactor(verifyOtp.error ?? passwordLogin.error)
                ? null
                : (verifyOtp.error ?? passwordLogin.error)
            }
            onCancel={() => goTo('identifier')}
          />
        )}
      </Card>
    </div>
  )
}
