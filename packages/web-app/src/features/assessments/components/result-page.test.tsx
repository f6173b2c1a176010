import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../shared/testing/test-support.tsx'
import { RESULT_ID, result } from '../testing/assessment-fixtures.ts'
import { initAssessmentsI18n, renderAssessments } from '../testing/render-assessments.tsx'

initAssessmentsI18n()

const RESULT = `GET /api/v1/assessments/results/${RESULT_ID}`
const SHARING = `PUT /api/v1/assessments/results/${RESULT_ID}/sharing`

describe('ResultPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('says the score, its band, what it means and that it is not a diagnosis', async () => {
    fakeApi({ [RESULT]: [{ status: 200, body: result() }] })
    renderAssessments(`/assessments/results/${RESULT_ID}`)
    expect(await screen.findByText('نمرهٔ شما: ۶ از ۲۱')).toBeTruthy()
    expect(screen.getByText('سطح: خفیف')).toBeTruthy()
    expect(screen.getByText(/نه تشخیص/)).toBeTruthy()
    const link = screen.getByRole('link', { name: 'تمرین تنفس آرام' })
    expect(link.getAttribute('href')).toBe('/courses?tags=breathing')
  })

  it('switches sharing off', async () => {
    const api = fakeApi({
      [RESULT]: [{ status: 200, body: result() }],
      [SHARING]: [{ status: 200, body: result({ sharedWithPsychologist: false }) }],
    })
    const user = userEvent.setup()
    renderAssessments(`/assessments/results/${RESULT_ID}`)
    await user.click(await screen.findByRole('switch', { name: /نشان دادن به روان‌شناسانم/ }))
    expect(api.bodiesSentTo(SHARING)).toEqual([{ shared: false }])
  })

  it('offers help at once when item 9 was answered above 0', async () => {
    fakeApi({ [RESULT]: [{ status: 200, body: result({ flags: ['phq9_item9'] }) }] })
    renderAssessments(`/assessments/results/${RESULT_ID}`)
    expect(await screen.findByRole('button', { name: 'کمک فوری' })).toBeTruthy()
  })
})
