import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { CoursePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKeys } from './course-keys.ts'

/** One page of the catalogue; `query` is the API query built by catalogue-filters. */
export function fetchCourses(query: string, cursor: string | null): Promise<CoursePage> {
  const params = new URLSearchParams(query)
  if (cursor) params.set('cursor', cursor)
  return apiFetch<CoursePage>(`/api/v1/courses?${params}`)
}

/** The catalogue, page by page ("more"); a new search keeps the old cards until its answer. */
export function useCourses(query: string) {
  return useInfiniteQuery({
    queryKey: courseKeys.list(query),
    queryFn: ({ pageParam }) => fetchCourses(query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  })
}
