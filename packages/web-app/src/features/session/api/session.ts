import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { User } from '@yektayar/shared'
import { apiFetch, isApiError } from '@yektayar/ui'

/** What GET /api/v1/auth/session answers for a signed-in person. */
export interface SessionInfo {
  user: { id: string; type: 'patient' | 'psychologist' | 'admin' }
  session: { id: string; expiresAt: string | null }
  permissions: string[]
  totpSetupRequired: boolean
}

export const SESSION_KEY = ['auth', 'session'] as const
export const ME_KEY = ['users', 'me'] as const

/**
 * The server sets the readable yy_csrf cookie together with the httpOnly session cookie, with
 * the same lifetime, and clears both at sign-out. Without it nobody is signed in here, and
 * asking would cost visitors a request and log a 401 in their console.
 */
function mayBeSignedIn(): boolean {
  return typeof document === 'undefined' || document.cookie.split('; ').some(isCsrfCookie)
}

const isCsrfCookie = (part: string) =>
  part.startsWith('yy_csrf=') && part.length > 'yy_csrf='.length

/** The current session, or null when signed out (401 is an answer here, not an error). */
export async function fetchSession(): Promise<SessionInfo | null> {
  if (!mayBeSignedIn()) return null
  try {
    return await apiFetch<SessionInfo>('/api/v1/auth/session')
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null
    throw error
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 })
}

/** My account: profile, preferences and identifiers. Only asked for while signed in. */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => apiFetch<User>('/api/v1/users/me'),
    enabled,
  })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch('/api/v1/auth/logout', { method: 'POST' }),
    // Whatever the answer, nothing of the last person may stay on screen or in memory.
    onSettled: () => {
      queryClient.clear()
      queryClient.setQueryData(SESSION_KEY, null)
    },
  })
}

/** After a sign-in the cached "signed out" answer is wrong: ask again. */
export function useRefreshSession() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['auth'] })
}
