import { cleanup, render, screen } from '@testing-library/react'
import type { SafetyAlertDetail } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { alertMessagesFa } from '../../../shared/safety/alert-messages-fa.ts'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { safetyQueueMessagesFa } from '../safety-queue-messages-fa.ts'
import { AlertDetailPage } from './alert-detail-page.tsx'

vi.mock('../../../shared/realtime/app-socket.ts', () => ({
  appSocket: () => ({ recovered: false, on() {}, off() {} }),
}))

initTestI18n({ fa: { safetyAlerts: alertMessagesFa, safetyQueue: safetyQueueMessagesFa }, en: {} })

const ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
const PATIENT = '00000000-0000-4000-8000-0000000000aa'

const detail = (viewerTreats: boolean): SafetyAlertDetail => ({
  id: ID,
  patient: { id: PATIENT, name: 'سارا محمدی' },
  status: 'open',
  reasons: ['explicit_intent'],
  tier: 0,
  safeNow: null,
  threadId: null,
  triggerCount: 1,
  createdAt: '2026-11-02T08:00:00.000Z',
  lastTriggeredAt: '2026-11-02T08:00:00.000Z',
  acknowledgedBy: null,
  acknowledgedAt: null,
  resolvedBy: null,
  resolvedAt: null,
  resolutionNote: null,
  triggers: [],
  viewerTreats,
})

function renderPage() {
  const router = createMemoryRouter([{ path: '/safety/:alertId', Component: AlertDetailPage }], {
    initialEntries: [`/safety/${ID}`],
  })
  render(withQueryClient(<RouterProvider router={router} />))
}

describe('AlertDetailPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it("links the treating psychologist to their patient's summary", async () => {
    fakeApi({ [`GET /api/v1/safety/alerts/${ID}`]: [{ status: 200, body: detail(true) }] })
    renderPage()
    const name = await screen.findByRole('link', { name: 'سارا محمدی' })
    expect(name.getAttribute('href')).toBe(`/patients/${PATIENT}`)
  })

  it('names the patient without a link for on-call staff who do not treat them', async () => {
    fakeApi({ [`GET /api/v1/safety/alerts/${ID}`]: [{ status: 200, body: detail(false) }] })
    renderPage()
    expect(await screen.findByRole('heading', { level: 1, name: 'سارا محمدی' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: 'سارا محمدی' })).toBeNull()
  })
})
