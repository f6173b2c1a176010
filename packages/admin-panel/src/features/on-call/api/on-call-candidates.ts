import { useQuery } from '@tanstack/react-query'
import type { OnCallCandidates } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ON_CALL_KEY } from './on-call-rota.ts'

/** Everyone who may be put on the rota: active holders of `safety.respond` (`safety.manage`). */
export function useOnCallCandidates() {
  return useQuery({
    queryKey: [...ON_CALL_KEY, 'candidates'],
    queryFn: () => apiFetch<OnCallCandidates>('/api/v1/safety/on-call/candidates'),
  })
}
