import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'

export interface VerifyOtpInput {
  identifier: string
  /** Six ASCII digits. */
  code: string
}

// The session arrives as an httpOnly cookie; nothing in the body is needed to continue.
export function verifyOtp(input: VerifyOtpInput): Promise<unknown> {
  return apiFetch('/api/v1/auth/verify-otp', { method: 'POST', body: input })
}

export function useVerifyOtp() {
  return useMutation({ mutationKey: ['auth', 'verify-otp'], mutationFn: verifyOtp })
}
