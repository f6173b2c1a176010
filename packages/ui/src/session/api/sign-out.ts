import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../api/api-fetch.ts'
import { rememberSessionToken } from '../../api/api-transport.ts'
import { clearOfflineCopy } from '../../offline/offline-copy.ts'
import { SESSION_KEY } from './session.ts'

/** Ends this session on the server (its cookie, or in the Android app its bearer token). */
export function endSessionOnServer(init: { signal?: AbortSignal } = {}): Promise<void> {
  return apiFetch<void>('/api/v1/auth/logout', { method: 'POST', ...init })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => endSessionOnServer(),
    // Whatever the answer, nothing of the last person may stay on screen or in memory.
    onSettled: () => {
      rememberSessionToken(null)
      clearOfflineCopy()
      queryClient.clear()
      queryClient.setQueryData(SESSION_KEY, null)
    },
  })
}
