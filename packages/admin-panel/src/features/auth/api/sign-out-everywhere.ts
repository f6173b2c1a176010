import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { RevokedCount } from '@yektayar/shared/types'
import { apiFetch, SESSION_KEY } from '@yektayar/ui'

/** POST /auth/logout-everywhere: every session of the account ends, this one included. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<RevokedCount>('/api/v1/auth/logout-everywhere', { method: 'POST' }),
    // As with sign-out: nothing of this person may stay in memory once they leave.
    onSuccess: () => {
      queryClient.clear()
      queryClient.setQueryData(SESSION_KEY, null)
    },
  })
}
