/** The query keys of courses, so each endpoint's file and the caches they touch agree. */
export const courseKeys = {
  all: ['courses'] as const,
  lists: ['courses', 'list'] as const,
  list: (query: string) => ['courses', 'list', query] as const,
  detail: (courseId: string) => ['courses', 'detail', courseId] as const,
  answers: (lessonId: string) => ['courses', 'answers', lessonId] as const,
  // The dashboard's "continue" card and recommendations read these (src/shared/courses).
  myEnrollments: ['enrollments', 'me'] as const,
}
