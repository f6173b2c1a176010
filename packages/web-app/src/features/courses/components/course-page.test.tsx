import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { fakeApi, problem } from '../../../shared/testing/test-support.tsx'
import {
  ARTICLE_ID,
  articleLesson,
  COURSE_ID,
  detail,
  enrollment,
  VIDEO_ID,
  videoLesson,
} from '../testing/course-fixtures.ts'
import { initCoursesI18n, renderCourses } from '../testing/render-courses.tsx'

vi.mock('../../../shared/payments/gateway-redirect.ts', () => ({ redirectToGateway: vi.fn() }))

initCoursesI18n()

const COURSE = `GET /api/v1/courses/${COURSE_ID}`
const ENROLL = `POST /api/v1/courses/${COURSE_ID}/enroll`
const done = (lessonId: string) => ({
  lessonId,
  positionSeconds: 0,
  completed: true,
  completedAt: '2026-11-03T08:00:00.000Z',
  timeSpentSeconds: 60,
  updatedAt: '2026-11-03T08:00:00.000Z',
})

describe('CoursePage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
    vi.mocked(redirectToGateway).mockReset()
  })

  it('lists the lessons with my state in each, and continues where I left off', async () => {
    fakeApi({
      [COURSE]: [
        {
          status: 200,
          body: detail({
            myEnrollment: enrollment({ progress: 33 }),
            lessons: [{ ...videoLesson, myProgress: done(VIDEO_ID) }, articleLesson],
            resume: { lessonId: ARTICLE_ID, positionSeconds: 0 },
          }),
        },
      ],
    })
    renderCourses(`/courses/${COURSE_ID}`)
    const lessons = await screen.findByRole('list', { name: 'درس‌های دوره' })
    const rows = within(lessons).getAllByRole('listitem')
    expect(rows[0]?.textContent).toContain('تمام‌شده')
    expect(rows[1]?.textContent).toContain('شروع‌نشده')
    const next = screen.getByRole('link', { name: 'ادامه: بهداشت خواب' })
    expect(next.getAttribute('href')).toBe(`/courses/${COURSE_ID}/lessons/${ARTICLE_ID}`)
    expect(screen.getByRole('img', { name: 'پیشرفت ۳۳٪' })).toBeTruthy()
    expect(
      screen.getByRole('switch', { name: 'روان‌شناسم پیشرفتم در این دوره را ببیند' }),
    ).toBeTruthy()
  })

  it('starts a free course and opens its first lesson', async () => {
    const api = fakeApi({
      [COURSE]: [
        { status: 200, body: detail() },
        { status: 200, body: detail({ myEnrollment: enrollment() }) },
      ],
      [ENROLL]: [{ status: 201, body: enrollment() }],
    })
    const { router } = renderCourses(`/courses/${COURSE_ID}`)
    await userEvent.click(await screen.findByRole('button', { name: 'شروع دوره' }))
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`),
    )
    expect(api.calls().map((call) => call.key)).toContain(ENROLL)
  })

  it('buys a priced course through the payment gateway', async () => {
    const api = fakeApi({
      [COURSE]: [{ status: 200, body: detail({ priceIrr: 1_500_000, locked: true }) }],
      'POST /api/v1/payments/initiate': [
        { status: 201, body: { transactionId: 'x', redirectUrl: 'http://gateway.test/pay/C1' } },
      ],
    })
    renderCourses(`/courses/${COURSE_ID}`)
    expect(await screen.findByText(/این دوره پولی است/)).toBeTruthy()
    expect(
      within(screen.getByRole('list', { name: 'درس‌های دوره' })).getAllByText('بسته'),
    ).toHaveLength(3)
    await userEvent.click(screen.getByRole('button', { name: 'خرید دوره (۱۵۰٬۰۰۰ تومان)' }))
    await waitFor(() =>
      expect(redirectToGateway).toHaveBeenCalledWith('http://gateway.test/pay/C1'),
    )
    expect(api.bodiesSentTo('POST /api/v1/payments/initiate')).toEqual([{ courseId: COURSE_ID }])
  })

  it('offers to buy when enrolling answers that payment is needed', async () => {
    fakeApi({
      [COURSE]: [{ status: 200, body: detail({ priceIrr: 1_500_000 }) }],
      [ENROLL]: [problem(402, 'PAYMENT_REQUIRED')],
    })
    renderCourses(`/courses/${COURSE_ID}`)
    await userEvent.click(await screen.findByRole('button', { name: 'شروع دوره' }))
    expect(await screen.findByRole('button', { name: /خرید دوره/ })).toBeTruthy()
  })

  it('says a finished course is finished, and offers it again from the start', async () => {
    fakeApi({
      [COURSE]: [
        {
          status: 200,
          body: detail({
            myEnrollment: enrollment({ progress: 100, completedAt: '2026-11-04T08:00:00.000Z' }),
          }),
        },
      ],
    })
    renderCourses(`/courses/${COURSE_ID}`)
    expect(await screen.findByText('این دوره را تمام کرده‌اید')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'مرور دوباره' }).getAttribute('href')).toBe(
      `/courses/${COURSE_ID}/lessons/${VIDEO_ID}`,
    )
  })

  it('asks a visitor to sign in and come back', async () => {
    fakeApi({ [COURSE]: [{ status: 200, body: detail() }] })
    renderCourses(`/courses/${COURSE_ID}`, { signedIn: false })
    const signIn = await screen.findByRole('link', { name: 'برای شروع وارد شوید' })
    expect(signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/courses/${COURSE_ID}`)}`,
    )
  })
})
