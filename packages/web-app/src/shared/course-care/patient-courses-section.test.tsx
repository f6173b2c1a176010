import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, problem } from '../testing/test-support.tsx'
import { courseCareMessagesFa } from './course-care-messages-fa.ts'
import { PatientCoursesSection } from './patient-courses-section.tsx'

initTestI18n({ fa: { courseCare: courseCareMessagesFa }, en: {} })

const PATIENT = '00000000-0000-4000-8000-0000000000aa'
const COURSE = {
  id: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21',
  title: 'ثبت افکار',
  titleEn: 'Thought records',
  thumbnailUrl: null,
  contentType: 'interactive',
  durationMinutes: 20,
  priceIrr: 0,
  lessonCount: 3,
}
const ENROLLMENTS = `GET /api/v1/patients/${PATIENT}/enrollments`
const ANSWERS = `GET /api/v1/patients/${PATIENT}/exercise-answers?limit=10`
const RECOMMEND = `POST /api/v1/patients/${PATIENT}/course-recommendations`

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <PatientCoursesSection patientId={PATIENT} />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('PatientCoursesSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('recommends a course with a note, and shows shared progress and answers', async () => {
    const api = fakeApi({
      [ENROLLMENTS]: [
        {
          status: 200,
          body: {
            items: [
              {
                id: '6d3b2c1e-5f40-4b7c-8d9e-8f7a6b5c4d32',
                courseId: COURSE.id,
                progress: 60,
                startedAt: '2026-11-02T08:00:00.000Z',
                completedAt: null,
                lastActivityAt: '2026-11-03T08:00:00.000Z',
                lastLessonId: null,
                sharedWithPsychologist: true,
                course: COURSE,
              },
            ],
          },
        },
      ],
      [ANSWERS]: [
        {
          status: 200,
          body: {
            items: [
              {
                id: 'a1',
                lessonId: 'l1',
                courseId: COURSE.id,
                lessonTitle: 'اولین ثبت',
                courseTitle: 'ثبت افکار',
                answer: {
                  kind: 'thought_record',
                  situation: 'جلسهٔ کاری',
                  automaticThought: 'همه فکر می‌کنند من بی‌عرضه‌ام',
                  emotion: 'اضطراب',
                  intensityBefore: 80,
                  evidenceFor: '',
                  evidenceAgainst: 'تعریف هفتهٔ پیش',
                  balancedThought: 'شاید نگران چیز دیگری بود',
                  intensityAfter: 45,
                },
                sharedWithPsychologist: true,
                createdAt: '2026-11-03T08:00:00.000Z',
                updatedAt: '2026-11-03T08:00:00.000Z',
              },
            ],
            nextCursor: null,
          },
        },
      ],
      'GET /api/v1/courses?limit=50': [
        { status: 200, body: { items: [COURSE], nextCursor: null } },
      ],
      [RECOMMEND]: [{ status: 201, body: {} }],
    })
    renderSection()
    expect(await screen.findByRole('img', { name: 'پیشرفت ۶۰٪' })).toBeTruthy()
    expect(await screen.findByText('همه فکر می‌کنند من بی‌عرضه‌ام')).toBeTruthy()
    expect(screen.getByText('اضطراب: ۸۰ ← پس از بازنگری ۴۵')).toBeTruthy()
    expect(screen.queryByText('شواهد موافق')).toBeNull()

    await userEvent.selectOptions(screen.getByLabelText('دوره'), COURSE.id)
    await userEvent.type(screen.getByLabelText('یادداشت برای بیمار (اختیاری)'), 'هر شب یک ثبت')
    await userEvent.click(screen.getByRole('button', { name: 'پیشنهاد به بیمار' }))
    expect(await screen.findByText('پیشنهاد شد؛ بیمار آن را در پیشخوان خود می‌بیند.')).toBeTruthy()
    expect(api.bodiesSentTo(RECOMMEND)).toEqual([{ courseId: COURSE.id, note: 'هر شب یک ثبت' }])
  })

  it('says plainly when there is no treating relation yet', async () => {
    fakeApi({ [ENROLLMENTS]: [problem(404, 'NOT_FOUND')] })
    renderSection()
    await waitFor(() => expect(screen.getByText(/پس از نخستین جلسهٔ قطعی/)).toBeTruthy())
    expect(screen.queryByRole('button', { name: 'پیشنهاد به بیمار' })).toBeNull()
  })
})
