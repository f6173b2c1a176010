import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { CataloguePage } from '../components/catalogue-page.tsx'
import { CoursePage } from '../components/course-page.tsx'
import { LessonPage } from '../components/lesson-page.tsx'
import { coursesMessagesEn } from '../courses-messages-en.ts'
import { coursesMessagesFa } from '../courses-messages-fa.ts'

function SignInStandIn() {
  return <p>sign-in</p>
}

export function initCoursesI18n() {
  return initTestI18n({ fa: { courses: coursesMessagesFa }, en: { courses: coursesMessagesEn } })
}

/** The courses pages at `entry`, signed in as a patient unless `signedIn` is false. */
export function renderCourses(entry: string, { signedIn = true } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  client.setQueryData(
    SESSION_KEY,
    signedIn
      ? {
          user: { id: '00000000-0000-4000-8000-000000000001', type: 'patient' },
          session: { id: '00000000-0000-4000-8000-000000000009', expiresAt: null },
          permissions: [],
          totpSetupRequired: false,
        }
      : null,
  )
  const router = createMemoryRouter(
    [
      { path: '/courses', Component: CataloguePage },
      { path: '/courses/:courseId', Component: CoursePage },
      { path: '/courses/:courseId/lessons/:lessonId', Component: LessonPage },
      { path: '/sign-in', Component: SignInStandIn },
    ],
    { initialEntries: [entry] },
  )
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { router, client, ...view }
}
