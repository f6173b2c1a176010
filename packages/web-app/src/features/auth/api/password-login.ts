import { useMutation } from '@tanstack/react-query'
import type { SignInResponse } from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'

export interface PasswordLoginInput {
  /** Mobile number or email as typed; the server normalises it. */
  identifier: string
  password: string
  /** Staff with two-step sign-in, after the first try answered TOTP_REQUIRED. */
  totpCode?: string
  recoveryCode?: string
}

export function passwordLogin(input: PasswordLoginInput): Promise<SignInResponse> {
  return apiFetch<SignInResponse>('/api/v1/auth/login', { method: 'POST', body: input })
}

export function usePasswordLogin() {
  return useMutation({ mutationKey: ['auth', 'login'], mutationFn: passwordLogin })
}
