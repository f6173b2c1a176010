import { Card, CodeForm, IdentifierForm, useCountdown, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useSendOtp } from '../api/send-otp.ts'
import { useVerifyOtp } from '../api/verify-otp.ts'

/** The server's cool-down between codes; the button waits the same time instead of failing. */
export const RESEND_SECONDS = 60

export function SignInPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const sendOtp = useSendOtp()
  const verifyOtp = useVerifyOtp()
  const countdown = useCountdown()
  const [identifier, setIdentifier] = useState('')
  const [step, setStep] = useState<'identifier' | 'code'>('identifier')

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
      // The shell shows the notice (see app/flash-notice.tsx).
      { onSuccess: () => navigate('/', { replace: true, state: { notice: 'signedIn' } }) },
    )
  }

  const changeIdentifier = () => {
    sendOtp.reset()
    verifyOtp.reset()
    setStep('identifier')
  }

  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-20">
      <title>{t('auth.pageTitle')}</title>
      <Card className="flex flex-col gap-6 p-6 sm:p-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink">
            {step === 'identifier' ? t('auth.title') : t('auth.codeTitle')}
          </h1>
          {step === 'identifier' && <p className="text-ink-muted">{t('auth.lead')}</p>}
        </div>
        {step === 'identifier' ? (
          <IdentifierForm
            defaultValue={identifier}
            onSubmit={requestCode}
            pending={sendOtp.isPending}
            error={sendOtp.error}
          />
        ) : (
          <CodeForm
            identifier={identifier}
            onSubmit={verify}
            pending={verifyOtp.isPending}
            error={verifyOtp.error ?? sendOtp.error}
            resendIn={countdown.remaining}
            resending={sendOtp.isPending}
            onResend={() => requestCode(identifier)}
            onChangeIdentifier={changeIdentifier}
          />
        )}
      </Card>
    </div>
  )
}
