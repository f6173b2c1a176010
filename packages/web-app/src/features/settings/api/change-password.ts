import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { User } from '@yektayar/shared'
import { apiFetch, ME_KEY } from '@yektayar/ui'

export interface ChangePasswordInput {
  /** Required once the account has a password; absent when setting the first one. */
  currentPassword?: string
  newPassword: string
}

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiFetch<void>('/api/v1/auth/password', { method: 'PUT', body: input })
}

export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changePassword,
    // hasPassword flips on the first one; the next form must ask for the current password.
    onSuccess: () =>
      queryClient.setQueryData<User>(ME_KEY, (me) => (me ? { ...me, hasPassword: true } : me)),
  })
}
