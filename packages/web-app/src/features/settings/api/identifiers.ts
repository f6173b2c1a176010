import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { User } from '@yektayar/shared/types'
import { apiFetch, ME_KEY } from '@yektayar/ui'

export interface CodeSent {
  expiresInSeconds: number
  resendAfterSeconds: number
}

/** POST /auth/send-otp with purpose add-identifier: a code to the number or email being added. */
export function useSendIdentifierCode() {
  return useMutation({
    mutationFn: (identifier: string) =>
      apiFetch<CodeSent>('/api/v1/auth/send-otp', {
        method: 'POST',
        body: { identifier, purpose: 'add-identifier' },
      }),
  })
}

/** Both answer the whole account, which replaces the cached one (its identifiers list). */
function useAccountMutation<T>(request: (input: T) => Promise<User>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: (user) => queryClient.setQueryData(ME_KEY, user),
  })
}

/** POST /users/me/identifiers: the identifier as typed and the code it received. */
export function useAddIdentifier() {
  return useAccountMutation((input: { identifier: string; code: string }) =>
    apiFetch<User>('/api/v1/users/me/identifiers', { method: 'POST', body: input }),
  )
}

/** DELETE /users/me/identifiers/:id; the server refuses the last one (LAST_IDENTIFIER). */
export function useRemoveIdentifier() {
  return useAccountMutation((id: string) =>
    apiFetch<User>(`/api/v1/users/me/identifiers/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    }),
  )
}
