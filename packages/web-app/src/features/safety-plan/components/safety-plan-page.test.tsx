import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { SafetyPlan } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { shellMessagesEn } from '../../../app/shell-messages-en.ts'
import { shellMessagesFa } from '../../../app/shell-messages-fa.ts'
import { safetyMessagesEn } from '../../../shared/safety/safety-messages-en.ts'
import { safetyMessagesFa } from '../../../shared/safety/safety-messages-fa.ts'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { SafetyPlanPage } from './safety-plan-page.tsx'

initTestI18n({
  fa: { shell: shellMessagesFa, safety: safetyMessagesFa },
  en: { shell: shellMessagesEn, safety: safetyMessagesEn },
})

const PATIENT = '00000000-0000-4000-8000-0000000000aa'
const EMPTY = {
  warningSigns: [],
  copingStrategies: [],
  peopleAndPlaces: [],
  peopleToAsk: [],
  professionals: [],
  safeEnvironment: [],
  reasonsToLive: [],
}
const PLAN: SafetyPlan = {
  patientId: PATIENT,
  sections: { ...EMPTY, warningSigns: ['بی‌خوابی', 'دوری از دوستان'] },
  updatedAt: '2026-11-02T08:00:00.000Z',
  updatedBy: { id: PATIENT, name: 'سارا محمدی' },
}
const PLAN_PATH = '/api/v1/safety/plan'

const sections = safetyMessagesFa.plan.sections

describe('SafetyPlanPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows the plan with the emergency numbers, and saves added and removed items whole', async () => {
    const saved = {
      ...PLAN,
      sections: { ...PLAN.sections, warningSigns: ['دوری از دوستان'], reasonsToLive: ['دخترم'] },
    }
    const api = fakeApi({
      [`GET ${PLAN_PATH}`]: [{ status: 200, body: PLAN }],
      [`PUT ${PLAN_PATH}`]: [{ status: 200, body: saved }],
    })
    render(
      withQueryClient(
        <MemoryRouter>
          <SafetyPlanPage />
        </MemoryRouter>,
      ),
    )
    expect(await screen.findByText('بی‌خوابی')).toBeTruthy()
    expect(screen.getAllByRole('link', { name: /اورژانس|مشاور/ })).toHaveLength(3)
    for (const section of Object.values(sections)) {
      expect(screen.getByRole('heading', { name: new RegExp(section.title) })).toBeTruthy()
    }
    const save = screen.getByRole('button', { name: safetyMessagesFa.plan.save })
    expect(save).toHaveProperty('disabled', true)

    await userEvent.click(screen.getByRole('button', { name: 'حذف «بی‌خوابی»' }))
    const reasons = screen.getByRole('region', { name: new RegExp(sections.reasonsToLive.title) })
    await userEvent.type(
      within(reasons).getByLabelText(`افزودن به «${sections.reasonsToLive.title}»`),
      'دخترم{Enter}',
    )
    expect(within(reasons).getByText('دخترم')).toBeTruthy()
    expect(screen.getByText(safetyMessagesFa.plan.unsaved)).toBeTruthy()

    await userEvent.click(save)
    await waitFor(() => expect(screen.getByText(safetyMessagesFa.plan.saved)).toBeTruthy())
    expect(api.bodiesSentTo(`PUT ${PLAN_PATH}`)).toEqual([{ sections: saved.sections }])
    expect(screen.queryByText('بی‌خوابی')).toBeNull()
  })

  it('an unwritten plan reads as empty sections, in English too', async () => {
    await i18n.changeLanguage('en')
    fakeApi({
      [`GET ${PLAN_PATH}`]: [
        { status: 200, body: { ...PLAN, sections: EMPTY, updatedAt: null, updatedBy: null } },
      ],
    })
    render(
      withQueryClient(
        <MemoryRouter>
          <SafetyPlanPage />
        </MemoryRouter>,
      ),
    )
    expect(await screen.findByRole('heading', { name: safetyMessagesEn.plan.title })).toBeTruthy()
    expect(await screen.findAllByText(safetyMessagesEn.plan.empty)).toHaveLength(7)
  })
})
