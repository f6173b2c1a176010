import { useMutation } from '@tanstack/react-query'
import type { loginBodySchema, SignInResponse } from '@yektayar/shared'
import type { z } from 'zod'
import { apiFetch } from '../../api/api-fetch.ts'

/** Identifier (as typed) with a password; staff with two-step sign-in add the second factor. */
export type PasswordLoginInput = z.input<typeof loginBodySchema> & { password: string }

export function passwordLogin(input: PasswordLoginInput): Promise<SignInResponse> {
  return apiFetch<SignInResponse>('/api/v1/auth/login', { method: 'POST', body: input })
}

export function usePasswordLogin() {
  return useMutation({ mutationKey: ['auth', 'login'], mutationFn: passwordLogin })
}
