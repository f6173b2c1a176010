import { useState } from 'react'
import { isApiError } from '../api/api-error.ts'
import { type PasswordLoginInput, usePasswordLogin } from './api/password-login.ts'
import { useSendOtp } from './api/send-otp.ts'
import { useVerifyOtp } from './api/verify-otp.ts'
import type { SecondFactorProof } from './second-factor.ts'
import { useCountdown } from './use-countdown.ts'
import { type LandingPath, useFinishSignIn } from './use-finish-sign-in.ts'

/** The server's cool-down between codes; the button waits the same time instead of failing. */
export const RESEND_SECONDS = 60

export type SignInStep = 'identifier' | 'code' | 'password' | 'second-factor'

/** The first factor already accepted, kept to send again with the second (TOTP_REQUIRED). */
type FirstFactor = { code: string } | { password: string }

export const asksSecondFactor = (error: unknown) =>
  isApiError(error) && error.code === 'TOTP_REQUIRED'

/**
 * The steps of signing in: a one-time code or a password, then, for staff with two-step
 * sign-in, the authenticator's code or a recovery code sent together with the first factor.
 */
export function useSignInFlow(landingPath: LandingPath) {
  const sendOtp = useSendOtp()
  const verifyOtp = useVerifyOtp()
  const passwordLogin = usePasswordLogin()
  const finishSignIn = useFinishSignIn(landingPath)
  const countdown = useCountdown()
  const [identifier, setIdentifier] = useState('')
  const [step, setStep] = useState<SignInStep>('identifier')
  const [firstFactor, setFirstFactor] = useState<FirstFactor | null>(null)

  // The first answer asks for the second factor; the same code or password is sent again with
  // it (the server spends the code only once both have passed).
  const secondFactorIfAsked = (factor: FirstFactor) => (error: unknown) => {
    if (!asksSecondFactor(error)) return
    setFirstFactor(factor)
    setStep('second-factor')
  }

  const onCodeSent = (value: string) => {
    setIdentifier(value)
    setStep('code')
    countdown.start(RESEND_SECONDS)
  }

  return {
    step,
    identifier,
    countdown,
    sendOtp,
    verifyOtp,
    passwordLogin,
    /** Right after our own sign-in, a refreshed session must not race finishSignIn's navigation. */
    justSignedIn: verifyOtp.isSuccess || passwordLogin.isSuccess,
    requestCode: (value: string) => {
      verifyOtp.reset()
      sendOtp.mutate({ identifier: value }, { onSuccess: () => onCodeSent(value) })
    },
    verify: (code: string) => {
      sendOtp.reset()
      const onError = secondFactorIfAsked({ code })
      verifyOtp.mutate({ identifier, code }, { onSuccess: finishSignIn, onError })
    },
    signInWithPassword: (input: PasswordLoginInput) => {
      setIdentifier(input.identifier)
      const onError = secondFactorIfAsked({ password: input.password })
      passwordLogin.mutate(input, { onSuccess: finishSignIn, onError })
    },
    proveSecondFactor: (proof: SecondFactorProof) => {
      if (!firstFactor) return
      if ('code' in firstFactor) {
        verifyOtp.mutate({ identifier, ...firstFactor, ...proof }, { onSuccess: finishSignIn })
      } else {
        passwordLogin.mutate({ identifier, ...firstFactor, ...proof }, { onSuccess: finishSignIn })
      }
    },
    goTo: (next: SignInStep) => {
      sendOtp.reset()
      verifyOtp.reset()
      passwordLogin.reset()
      setStep(next)
    },
  }
}

export type SignInFlow = ReturnType<typeof useSignInFlow>
