import { useMutation } from '@tanstack/react-query'
import type { sendOtpBodySchema, sendOtpResponseSchema } from '@yektayar/shared'
import type { z } from 'zod'
import { apiFetch } from '../../api/api-fetch.ts'

/** The identifier as typed (the server normalises it); `purpose` defaults to sign-in. */
export type SendOtpInput = z.input<typeof sendOtpBodySchema>
export type SendOtpResponse = z.infer<typeof sendOtpResponseSchema>

export function sendOtp(input: SendOtpInput): Promise<SendOtpResponse> {
  return apiFetch<SendOtpResponse>('/api/v1/auth/send-otp', { method: 'POST', body: input })
}

export function useSendOtp() {
  return useMutation({ mutationKey: ['auth', 'send-otp'], mutationFn: sendOtp })
}
