import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { SafetyAlert } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { alertMessagesEn } from '../../../shared/safety/alert-messages-en.ts'
import { alertMessagesFa } from '../../../shared/safety/alert-messages-fa.ts'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { safetyQueueMessagesEn } from '../safety-queue-messages-en.ts'
import { safetyQueueMessagesFa } from '../safety-queue-messages-fa.ts'
import { SafetyQueuePage } from './safety-queue-page.tsx'

type Handler = (payload: unknown) => void
const handlers = new Map<string, Set<Handler>>()
const fakeSocket = {
  recovered: false,
  on(event: string, handler: Handler) {
    handlers.set(event, (handlers.get(event) ?? new Set()).add(handler))
  },
  off(event: string, handler: Handler) {
    handlers.get(event)?.delete(handler)
  },
}
const serverSends = (event: string, payload: unknown) =>
  act(() => {
    for (const handler of handlers.get(event) ?? []) handler(payload)
  })

vi.mock('../../../shared/realtime/app-socket.ts', () => ({ appSocket: () => fakeSocket }))

initTestI18n({
  fa: { safetyAlerts: alertMessagesFa, safetyQueue: safetyQueueMessagesFa },
  en: { safetyAlerts: alertMessagesEn, safetyQueue: safetyQueueMessagesEn },
})

const alert = (overrides: Partial<SafetyAlert>): SafetyAlert => ({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  patient: { id: '00000000-0000-4000-8000-0000000000aa', name: 'سارا محمدی' },
  status: 'open',
  reasons: ['explicit_intent'],
  tier: 0,
  safeNow: null,
  threadId: null,
  triggerCount: 1,
  createdAt: new Date().toISOString(),
  lastTriggeredAt: new Date().toISOString(),
  acknowledgedBy: null,
  acknowledgedAt: null,
  resolvedBy: null,
  resolvedAt: null,
  resolutionNote: null,
  ...overrides,
})

const OLDER = alert({
  id: '2b3c4d5e-6f70-4b8c-9dae-1f2a3b4c5d6e',
  patient: { id: '00000000-0000-4000-8000-0000000000bb', name: 'علی کریمی' },
  status: 'acknowledged',
  reasons: ['passive_wish', 'hopelessness'],
  tier: 1,
  safeNow: 'unsure',
  lastTriggeredAt: '2026-11-02T08:00:00.000Z',
})

const page = (items: SafetyAlert[]) => ({ status: 200, body: { items, nextCursor: null } })

describe('SafetyQueuePage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    handlers.clear()
    vi.unstubAllGlobals()
  })

  it('lists alerts in plain words, and puts an alert raised meanwhile on top, live', async () => {
    fakeApi({ 'GET /api/v1/safety/alerts?status=active&limit=20': [page([OLDER])] })
    render(
      withQueryClient(
        <MemoryRouter>
          <SafetyQueuePage />
        </MemoryRouter>,
      ),
    )
    const older = await screen.findByRole('link', { name: /علی کریمی/ })
    expect(within(older).getByText(/آرزوی نبودن، ناامیدی/)).toBeTruthy()
    expect(within(older).getByText('ارجاع‌شده، مرحلهٔ ۱')).toBeTruthy()
    expect(within(older).getByText(alertMessagesFa.safeNow.unsure)).toBeTruthy()
    expect(within(older).getByText(alertMessagesFa.status.acknowledged)).toBeTruthy()

    const raised = alert({})
    serverSends('safety:alert', raised)
    await screen.findByRole('link', { name: /سارا محمدی/ })
    const links = screen.getAllByRole('link')
    expect(links[0]?.textContent).toContain('سارا محمدی')
    expect(links[0]?.getAttribute('href')).toBe(`/safety/${raised.id}`)
    expect(
      within(links[0] as HTMLElement).getByText(alertMessagesFa.reasons.explicit_intent),
    ).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('هشدار ایمنی: سارا محمدی')

    // Resolved elsewhere: out of the active queue.
    serverSends('safety:alert', { ...raised, status: 'resolved' })
    await waitFor(() => expect(screen.queryByRole('link', { name: /سارا محمدی/ })).toBeNull())
  })

  it('filters by status, in English too', async () => {
    await i18n.changeLanguage('en')
    const api = fakeApi({
      'GET /api/v1/safety/alerts?status=active&limit=20': [page([])],
      'GET /api/v1/safety/alerts?status=resolved&limit=20': [page([])],
    })
    render(
      withQueryClient(
        <MemoryRouter>
          <SafetyQueuePage />
        </MemoryRouter>,
      ),
    )
    expect(await screen.findByText(safetyQueueMessagesEn.empty)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: alertMessagesEn.status.resolved }))
    expect(await screen.findByText(safetyQueueMessagesEn.empty)).toBeTruthy()
    expect(api.calls().map((call) => call.key)).toContain(
      'GET /api/v1/safety/alerts?status=resolved&limit=20',
    )
  })
})
