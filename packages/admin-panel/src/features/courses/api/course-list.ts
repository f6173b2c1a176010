import { useInfiniteQuery } from '@tanstack/react-query'
import type { CoursePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { COURSE_LIST_KEY } from './course-keys.ts'

function fetchCourses(cursor: string | null): Promise<CoursePage> {
  const params = new URLSearchParams({ includeDrafts: 'true', limit: '20' })
  if (cursor) params.set('cursor', cursor)
  return apiFetch<CoursePage>(`/api/v1/courses?${params}`)
}

/** Every course, drafts too, newest created first, page by page (`courses.manage`). */
export function useCourseList() {
  return useInfiniteQuery({
    queryKey: COURSE_LIST_KEY,
    queryFn: ({ pageParam }) => fetchCourses(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
