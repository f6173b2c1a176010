import { useQuery } from '@tanstack/react-query'
import type { OnCallRota } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const ON_CALL_KEY = ['admin', 'on-call'] as const

/** The crisis on-call rota, first responder first (`safety.manage`). */
export function useOnCallRota() {
  return useQuery({
    queryKey: [...ON_CALL_KEY, 'rota'],
    queryFn: () => apiFetch<OnCallRota>('/api/v1/safety/on-call'),
  })
}
