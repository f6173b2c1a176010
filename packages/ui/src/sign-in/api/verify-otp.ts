import { useMutation } from '@tanstack/react-query'
import type { SignInResponse, verifyOtpBodySchema } from '@yektayar/shared'
import type { z } from 'zod'
import { apiFetch } from '../../api/api-fetch.ts'

/** Identifier and six ASCII digits; staff with two-step sign-in add a TOTP or recovery code. */
export type VerifyOtpInput = z.input<typeof verifyOtpBodySchema>

// The session arrives as an httpOnly cookie; the body says who signed in and whether they are new.
export function verifyOtp(input: VerifyOtpInput): Promise<SignInResponse> {
  return apiFetch<SignInResponse>('/api/v1/auth/verify-otp', { method: 'POST', body: input })
}

export function useVerifyOtp() {
  return useMutation({ mutationKey: ['auth', 'verify-otp'], mutationFn: verifyOtp })
}
