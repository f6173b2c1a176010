import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { SessionInfo } from '@yektayar/shared'
import { isApiError } from '../../api/api-error.ts'
import { apiFetch } from '../../api/api-fetch.ts'
import {
  currentBearerToken,
  rememberSessionToken,
  usesBearerToken,
} from '../../api/api-transport.ts'

export const SESSION_KEY = ['auth', 'session'] as const

/**
 * The server sets the readable yy_csrf cookie together with the httpOnly session cookie, with
 * the same lifetime, and clears both at sign-out. Without it nobody is signed in here, and
 * asking would cost visitors a request and log a 401 in their console. A bearer client (the
 * Android app) is signed in while it keeps a token.
 */
function mayBeSignedIn(): boolean {
  if (usesBearerToken()) return currentBearerToken() !== null
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
    if (isApiError(error) && error.status === 401) {
      // Expired or revoked elsewhere (a device list's "sign out"): the kept token is worthless.
      rememberSessionToken(null)
      return null
    }
    throw error
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 })
}

/** After a sign-in the cached "signed out" answer is wrong: ask again. */
export function useRefreshSession() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['auth'] })
}
