import { useInfiniteQuery } from '@tanstack/react-query'
import type { ResultPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { assessmentKeys } from './assessment-keys.ts'

/** My results of one instrument, newest first, 100 a page (a year of weekly answers). */
export function useResults(assessmentId: string | undefined) {
  return useInfiniteQuery({
    queryKey: assessmentKeys.results(assessmentId ?? ''),
    enabled: Boolean(assessmentId),
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ assessmentId: assessmentId ?? '', limit: '100' })
      if (pageParam) query.set('cursor', pageParam)
      return apiFetch<ResultPage>(`/api/v1/assessments/results?${query}`)
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })
}
