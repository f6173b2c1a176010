import type { PermissionName } from '@yektayar/shared/types'
import type { RouteObject } from 'react-router'

// The function form of `lazy`, as in the dashboard's routes (see there why).
export const coursesRoutes: RouteObject[] = [
  {
    path: 'courses',
    lazy: async () => ({
      Component: (await import('./components/courses-page.tsx')).CoursesPage,
    }),
  },
  {
    path: 'courses/new',
    lazy: async () => ({
      Component: (await import('./components/new-course-page.tsx')).NewCoursePage,
    }),
  },
  {
    path: 'courses/:courseId',
    lazy: async () => ({
      Component: (await import('./components/course-editor-page.tsx')).CourseEditorPage,
    }),
  },
  {
    path: 'courses/:courseId/figures',
    lazy: async () => ({
      Component: (await import('./components/course-figures-page.tsx')).CourseFiguresPage,
    }),
  },
  {
    path: 'courses/:courseId/lessons/new/:kind',
    lazy: async () => ({
      Component: (await import('./components/lesson-editor-page.tsx')).LessonEditorPage,
    }),
  },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    lazy: async () => ({
      Component: (await import('./components/lesson-editor-page.tsx')).LessonEditorPage,
    }),
  },
]

/** The feature's place in the panel's navigation, shown only to staff who may write courses. */
export const coursesNavPlaces: { path: string; key: string; permission: PermissionName }[] = [
  { path: '/courses', key: 'courses', permission: 'courses.manage' },
]
