import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'

export interface SendOtpInput {
  /** Mobile number or email as typed; the server normalises it. */
  identifier: string
}

export function sendOtp(input: SendOtpInput): Promise<unknown> {
  return apiFetch('/api/v1/auth/send-otp', { method: 'POST', body: input })
}

export function useSendOtp() {
  return useMutation({ mutationKey: ['auth', 'send-otp'], mutationFn: sendOtp })
}
