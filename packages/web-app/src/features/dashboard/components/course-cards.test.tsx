import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n } from '../../../shared/testing/test-support.tsx'
import { dashboardCoursesMessagesFa } from '../dashboard-courses-messages-fa.ts'
import { ContinueCourseCard, RecommendedCourses } from './course-cards.tsx'

initTestI18n({ fa: { dashboardCourses: dashboardCoursesMessagesFa }, en: {} })

const ACTIVE = 'GET /api/v1/enrollments/me?status=active&limit=1'
const COMPLETED = 'GET /api/v1/enrollments/me?status=completed&limit=1'
const COURSE = {
  id: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21',
  title: 'خواب بهتر',
  titleEn: 'Better sleep',
  thumbnailUrl: null,
  contentType: 'article',
  durationMinutes: 25,
  priceIrr: 0,
  lessonCount: 4,
}
const mine = (overrides: object) => ({
  id: '6d3b2c1e-5f40-4b7c-8d9e-8f7a6b5c4d32',
  courseId: COURSE.id,
  progress: 50,
  startedAt: '2026-11-02T08:00:00.000Z',
  completedAt: null,
  lastActivityAt: '2026-11-03T08:00:00.000Z',
  lastLessonId: null,
  sharedWithPsychologist: false,
  course: COURSE,
  next: {
    lessonId: '7d1f0c9a-3b2e-4f5d-8a6c-1e2d3c4b5a69',
    title: 'تنفس جعبه‌ای',
    titleEn: 'Box breathing',
    kind: 'video',
    positionSeconds: 80,
  },
  ...overrides,
})
const page = (items: object[]) => ({ status: 200, body: { items, nextCursor: null } })

function Cards() {
  return (
    <>
      <ContinueCourseCard />
      <RecommendedCourses />
    </>
  )
}

function renderCards() {
  const router = createMemoryRouter([{ path: '/', Component: Cards }])
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('dashboard course cards', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('continues at the next lesson and the video position', async () => {
    fakeApi({
      [ACTIVE]: [page([mine({})])],
      'GET /api/v1/users/me/course-recommendations?limit=3': [
        page([
          {
            id: 'r1',
            course: COURSE,
            psychologist: { id: 'p', name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' } },
            note: 'تا جلسهٔ بعد هر شب',
            createdAt: '2026-11-03T08:00:00.000Z',
            myEnrollment: null,
          },
        ]),
      ],
    })
    renderCards()
    expect(await screen.findByText('درس بعدی: تنفس جعبه‌ای')).toBeTruthy()
    expect(screen.getByText(/از دقیقهٔ ۱:۲۰/)).toBeTruthy()
    expect(screen.getByRole('img', { name: 'پیشرفت ۵۰٪' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'ادامهٔ درس' }).getAttribute('href')).toBe(
      `/courses/${COURSE.id}/lessons/7d1f0c9a-3b2e-4f5d-8a6c-1e2d3c4b5a69`,
    )
    expect(await screen.findByText('از طرف مریم احمدی')).toBeTruthy()
    expect(screen.getByText('تا جلسهٔ بعد هر شب')).toBeTruthy()
  })

  it('says a course is finished when none is under way', async () => {
    fakeApi({
      [ACTIVE]: [page([])],
      [COMPLETED]: [
        page([mine({ progress: 100, completedAt: '2026-11-04T08:00:00.000Z', next: null })]),
      ],
    })
    renderCards()
    expect(await screen.findByText('دورهٔ «خواب بهتر» را تمام کردید')).toBeTruthy()
  })

  it('points to the catalogue before any course', async () => {
    fakeApi({ [ACTIVE]: [page([])], [COMPLETED]: [page([])] })
    renderCards()
    expect((await screen.findByRole('link', { name: 'دیدن دوره‌ها' })).getAttribute('href')).toBe(
      '/courses',
    )
  })
})
