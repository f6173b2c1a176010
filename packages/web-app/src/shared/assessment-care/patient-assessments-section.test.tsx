import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, problem } from '../testing/test-support.tsx'
import { assessmentCareMessagesFa } from './assessment-care-messages-fa.ts'
import { PatientAssessmentsSection } from './patient-assessments-section.tsx'

initTestI18n({ fa: { assessmentCare: assessmentCareMessagesFa }, en: {} })

const PATIENT = '00000000-0000-4000-8000-0000000000aa'
const PHQ9 = {
  id: '00000000-0000-4000-8000-0000000000a9',
  slug: 'phq-9',
  kind: 'screening',
  title: { fa: 'پرسش‌نامهٔ سلامت بیمار (PHQ-9)', en: 'PHQ-9' },
}
const both = (fa: string) => ({ fa, en: fa })
const BANDS = [
  { key: 'minimal', min: 0, max: 4, label: both('کمینه'), meaning: both('') },
  { key: 'mild', min: 5, max: 9, label: both('خفیف'), meaning: both('') },
]
const ASSIGNMENTS = `GET /api/v1/patients/${PATIENT}/assessment-assignments`
const ASSIGN = `POST /api/v1/patients/${PATIENT}/assessment-assignments`
const RESULTS = `GET /api/v1/patients/${PATIENT}/assessment-results?limit=10`
const TRENDS = `GET /api/v1/patients/${PATIENT}/assessment-trends`
const LIST = 'GET /api/v1/assessments'

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <PatientAssessmentsSection patientId={PATIENT} />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('PatientAssessmentsSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows the shared results with item 9 marked, and asks for one before every session', async () => {
    const empty = { status: 200, body: { items: [] } }
    const api = fakeApi({
      [ASSIGNMENTS]: [empty, empty],
      [LIST]: [
        {
          status: 200,
          body: {
            items: [
              {
                ...PHQ9,
                description: both(''),
                itemCount: 9,
                minutes: 3,
                latest: null,
                draftAnswered: null,
              },
            ],
            assignments: [],
          },
        },
      ],
      [TRENDS]: [{ status: 200, body: { series: [] } }],
      [RESULTS]: [
        {
          status: 200,
          body: {
            nextCursor: null,
            items: [
              {
                id: '00000000-0000-4000-8000-0000000000b1',
                assessment: PHQ9,
                completedAt: '2026-11-03T08:00:00.000Z',
                total: 9,
                band: 'mild',
                flags: ['phq9_item9'],
                personalityType: null,
                sharedWithPsychologist: true,
                scales: [
                  {
                    key: 'total',
                    label: both('کل'),
                    score: 9,
                    min: 0,
                    max: 27,
                    band: 'mild',
                    level: null,
                  },
                ],
                bands: BANDS,
                answers: [],
                note: null,
                assignmentId: null,
              },
            ],
          },
        },
      ],
      [ASSIGN]: [{ status: 201, body: {} }],
    })
    const user = userEvent.setup()
    renderSection()
    expect(await screen.findByText('۹ از ۲۷ · خفیف')).toBeTruthy()
    expect(screen.getByText('پرسش ۹ بالاتر از صفر')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('چند وقت یک‌بار'), 'every_session')
    await user.click(screen.getByRole('button', { name: 'درخواست' }))
    await waitFor(() =>
      expect(api.bodiesSentTo(ASSIGN)).toEqual([
        { assessmentId: PHQ9.id, recurrence: 'every_session' },
      ]),
    )
  })

  it('says plainly that nothing shows before a first confirmed session', async () => {
    fakeApi({ [ASSIGNMENTS]: [problem(404, 'NOT_FOUND')] })
    renderSection()
    expect(await screen.findByText(/پس از نخستین جلسهٔ قطعی/)).toBeTruthy()
  })
})
