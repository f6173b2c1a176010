import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, within } from '@testing-library/react'
import type { PatientSummary } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, problem } from '../../../shared/testing/test-support.tsx'
import { PatientSummaryPage } from './patient-summary-page.tsx'

initTestI18n({ fa: { app: {} }, en: { app: {} } })

const PATIENT = '00000000-0000-4000-8000-0000000000aa'
const SOON = '00000000-0000-4000-8000-000000000001'
const BEFORE = '00000000-0000-4000-8000-000000000002'
const SUMMARY = `GET /api/v1/patients/${PATIENT}/summary`

const summary: PatientSummary = {
  patient: { id: PATIENT, name: { fa: 'نگار تهرانی', en: 'Negar Tehrani' }, avatarUrl: null },
  upcoming: [
    {
      id: SOON,
      status: 'confirmed',
      mode: 'video',
      startsAt: '2026-12-20T06:30:00.000Z',
      endsAt: '2026-12-20T07:20:00.000Z',
      durationMinutes: 50,
    },
  ],
  past: [
    {
      id: BEFORE,
      status: 'completed',
      mode: 'in_person',
      startsAt: '2026-12-06T06:30:00.000Z',
      endsAt: '2026-12-06T07:20:00.000Z',
      durationMinutes: 50,
    },
  ],
  morePast: false,
}

function renderPage() {
  const router = createMemoryRouter(
    [{ path: '/patients/:patientId', Component: PatientSummaryPage }],
    { initialEntries: [`/patients/${PATIENT}`] },
  )
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('PatientSummaryPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('names the patient, links every session together and shows the care sections', async () => {
    // The sections' own requests are not under test here: they fail, and say so in place.
    fakeApi({ [SUMMARY]: [{ status: 200, body: summary }] })
    renderPage()

    expect(await screen.findByRole('heading', { level: 1, name: 'نگار تهرانی' })).toBeTruthy()
    const upcoming = screen.getByRole('region', { name: 'پیش رو' })
    const next = within(upcoming).getByRole('link', { name: /آذر/ })
    expect(next.getAttribute('href')).toBe(`/appointments/${SOON}`)
    expect(next.textContent).toContain('تماس تصویری')
    const past = screen.getByRole('region', { name: 'گذشته' })
    expect(within(past).getByRole('link').getAttribute('href')).toBe(`/appointments/${BEFORE}`)
    expect(within(past).getByText('برگزار شد')).toBeTruthy()
    for (const section of ['پرسش‌نامه‌ها', 'برنامهٔ ایمنی', 'دوره‌های آموزشی بیمار', 'مدارک مراجع']) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(section) })).toBeTruthy()
    }
  })

  it('says when there is no session ahead, in English too', async () => {
    fakeApi({ [SUMMARY]: [{ status: 200, body: { ...summary, upcoming: [] } }] })
    await i18n.changeLanguage('en')
    renderPage()

    expect(await screen.findByRole('heading', { level: 1, name: 'Negar Tehrani' })).toBeTruthy()
    expect(screen.getByText('No session booked ahead.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to the agenda' }).getAttribute('href')).toBe(
      '/agenda',
    )
  })

  it('tells someone who does not treat the patient that there is nothing here for them', async () => {
    fakeApi({ [SUMMARY]: [problem(404, 'NOT_FOUND')] })
    renderPage()

    expect(await screen.findByText(/این فرد مراجع شما نیست/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'رفتن به برنامهٔ جلسات' }).getAttribute('href')).toBe(
      '/agenda',
    )
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
  })
})
