import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChangePasswordBody, User } from '@yektayar/shared/types'
import { apiFetch, ME_KEY } from '@yektayar/ui'

export function changePassword(input: ChangePasswordBody): Promise<void> {
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
