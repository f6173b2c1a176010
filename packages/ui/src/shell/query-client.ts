import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/api-error.ts'

/** A 4xx will answer the same way again; only network trouble and 5xx are worth retrying. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      // Writes (sending a code, paying) must never repeat on their own. Offline, a write fails
      // at once with the network error rather than waiting, spinner turning, for a connection
      // that may come back hours later (when the person no longer means it).
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
