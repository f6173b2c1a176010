import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { fakeApi, problem } from '../../../shared/testing/test-support.tsx'
import { gad7, RESULT_ID, result } from '../testing/assessment-fixtures.ts'
import { initAssessmentsI18n, renderAssessments } from '../testing/render-assessments.tsx'

vi.mock('../../../shared/safety/safety-decision-store.ts', () => ({ showSafetyDecision: vi.fn() }))

initAssessmentsI18n()

const DETAIL = 'GET /api/v1/assessments/gad-7'
const DRAFT = 'PUT /api/v1/assessments/gad-7/draft'
const SUBMIT = 'POST /api/v1/assessments/gad-7/submit'
const draftReply = { status: 200, body: { answers: [], position: 0, note: null, updatedAt: '' } }

describe('TakePage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
    vi.mocked(showSafetyDecision).mockReset()
  })

  it('asks one question per screen, saves each answer, goes back to change one and submits', {
    timeout: 20_000,
  }, async () => {
    const api = fakeApi({
      [DETAIL]: [{ status: 200, body: gad7() }],
      [DRAFT]: [draftReply, draftReply, draftReply, draftReply],
      [SUBMIT]: [
        { status: 201, body: { result: result(), safety: { level: 'none', reasons: [] } } },
      ],
      [`GET /api/v1/assessments/results/${RESULT_ID}`]: [{ status: 200, body: result() }],
    })
    const user = userEvent.setup()
    const { router } = renderAssessments('/assessments/gad-7')
    expect(await screen.findByText('پرسش ۱ از ۳')).toBeTruthy()
    expect(screen.getByRole('group', { name: /احساس عصبی بودن/ })).toBeTruthy()
    expect(screen.queryByText(/ناتوانی در مهار نگرانی/)).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'چند روز' }))
    expect(await screen.findByText('پرسش ۲ از ۳')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'اصلاً' }))
    await screen.findByText('پرسش ۳ از ۳')
    await user.click(screen.getByRole('button', { name: 'پرسش قبلی' }))
    expect((screen.getByRole('radio', { name: 'اصلاً' }) as HTMLInputElement).checked).toBe(true)
    await user.click(screen.getByRole('radio', { name: 'تقریباً هر روز' }))
    await user.click(await screen.findByRole('radio', { name: 'بیش از نیمی از روزها' }))
    expect(await screen.findByText('پیش از فرستادن', { selector: 'p' })).toBeTruthy()
    expect(api.bodiesSentTo(DRAFT).at(-1)).toEqual({
      answers: [
        { itemId: 'gad7_1', value: 1 },
        { itemId: 'gad7_2', value: 3 },
        { itemId: 'gad7_3', value: 2 },
      ],
      position: 2,
    })
    await user.click(screen.getByRole('button', { name: 'فرستادن و دیدن نتیجه' }))
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/assessments/results/${RESULT_ID}`),
    )
    expect(api.bodiesSentTo(SUBMIT)).toEqual([
      {
        answers: [
          { itemId: 'gad7_1', value: 1 },
          { itemId: 'gad7_2', value: 3 },
          { itemId: 'gad7_3', value: 2 },
        ],
      },
    ])
    expect(showSafetyDecision).toHaveBeenCalledWith({ level: 'none', reasons: [] })
  })

  it('resumes a draft at the screen where it was left', async () => {
    fakeApi({
      [DETAIL]: [
        {
          status: 200,
          body: gad7({
            draftAnswered: 1,
            draft: {
              answers: [{ itemId: 'gad7_1', value: 2 }],
              position: 1,
              note: null,
              updatedAt: '2026-11-03T08:00:00.000Z',
            },
          }),
        },
      ],
    })
    renderAssessments('/assessments/gad-7')
    expect(await screen.findByText('پرسش ۲ از ۳')).toBeTruthy()
    expect(screen.getByRole('group', { name: /ناتوانی در مهار نگرانی/ })).toBeTruthy()
  })

  it('hands a crisis decision to the app shell and shows why a submit failed', async () => {
    const complete = gad7({
      draft: {
        answers: ['gad7_1', 'gad7_2', 'gad7_3'].map((itemId) => ({ itemId, value: 1 })),
        position: 2,
        note: null,
        updatedAt: '2026-11-03T08:00:00.000Z',
      },
    })
    fakeApi({
      // The failed submit refreshes the page's data once.
      [DETAIL]: [
        { status: 200, body: complete },
        { status: 200, body: complete },
      ],
      [SUBMIT]: [
        problem(409, 'ASSESSMENT_INACTIVE'),
        {
          status: 201,
          body: { result: result(), safety: { level: 'crisis', reasons: ['phq9_item9'] } },
        },
      ],
    })
    const user = userEvent.setup()
    renderAssessments('/assessments/gad-7')
    const send = await screen.findByRole('button', { name: 'فرستادن و دیدن نتیجه' })
    await user.click(send)
    expect((await screen.findByRole('alert')).textContent).toContain('دیگر ارائه نمی‌شود')
    await waitFor(() => expect((send as HTMLButtonElement).disabled).toBe(false))
    await user.click(send)
    await waitFor(() =>
      expect(showSafetyDecision).toHaveBeenCalledWith({ level: 'crisis', reasons: ['phq9_item9'] }),
    )
  })
})
