import { useMutation } from '@tanstack/react-query'
import type { SignInResponse } from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'

export interface VerifyOtpInput {
  identifier: string
  /** Six ASCII digits. */
  code: string
  /** Staff with two-step sign-in, after the first try answered TOTP_REQUIRED. */
  totpCode?: string
  recoveryCode?: string
}

// The session arrives as an httpOnly cookie; the body says who signed in and whether they are new.
export function verifyOtp(input: VerifyOtpInput): Promise<SignInResponse> {
  return apiFetch<SignInResponse>('/api/v1/auth/verify-otp', { method: 'POST', body: input })
}

export function useVerifyOtp() {
  return useMutation({ mutationKey: ['auth', 'verify-otp'], mutationFn: verifyOtp })
}
