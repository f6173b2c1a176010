import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UpdateMeBody, User } from '@yektayar/shared/types'
import { apiFetch, ME_KEY } from '@yektayar/ui'

export function updateMe(body: UpdateMeBody): Promise<User> {
  return apiFetch<User>('/api/v1/users/me', { method: 'PATCH', body })
}

/** PATCH /users/me; the answer is the whole account, so it replaces the cached one as is. */
export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData(ME_KEY, user),
  })
}
