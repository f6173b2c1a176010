import type { RouteObject } from 'react-router'

/**
 * Open to visitors, like the directory: people look at courses before they sign up, and a
 * free lesson reads without an account. Enrolling, progress and answers need one.
 */
export const coursesRoutes: RouteObject[] = [
  {
    path: 'courses',
    lazy: async () => ({
      Component: (await import('./components/catalogue-page.tsx')).CataloguePage,
    }),
  },
  {
    path: 'courses/:courseId',
    lazy: async () => ({
      Component: (await import('./components/course-page.tsx')).CoursePage,
    }),
  },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    lazy: async () => ({
      Component: (await import('./components/lesson-page.tsx')).LessonPage,
    }),
  },
]
