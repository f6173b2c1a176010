import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../api/api-fetch.ts'
import { rememberSessionToken } from '../../api/api-transport.ts'
import { clearOfflineCopy } from '../../offline/offline-copy.ts'
import { SESSION_KEY } from './session.ts'

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch('/api/v1/auth/logout', { method: 'POST' }),
    // Whatever the answer, nothing of the last person may stay on screen or in memory.
    onSettled: () => {
      rememberSessionToken(null)
      clearOfflineCopy()
      queryClient.clear()
      queryClient.setQueryData(SESSION_KEY, null)
    },
  })
}
