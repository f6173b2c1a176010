import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { DeliveriesPage } from './deliveries-page.tsx'

const USER = '0b5c6a3e-1111-4222-8333-944455556666'

const delivery = (id: string, status: string, error: string | null = null) => ({
  id,
  notificationId: '7d1d0e0a-0000-4000-8000-000000000001',
  userId: USER,
  category: 'appointment_reminder',
  channel: 'sms',
  status,
  attempts: 3,
  providerMessageId: null,
  error,
  nextTryAt: null,
  sentAt: null,
  createdAt: '2026-03-20T12:00:00.000Z',
})

const listCalls = (calls: FakeCall[]) =>
  calls.filter((call) => call.method === 'GET').map((call) => new URL(call.path, 'http://x'))

describe('delivery log', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('sends the filters to the API and keeps them in the address', async () => {
    const calls = fakeApi(['notifications.manage'], () => ({
      status: 200,
      body: { items: [], nextCursor: null },
    }))
    const router = renderPage('/notification-deliveries', DeliveriesPage)
    expect(await screen.findByText('No delivery matches these filters.')).toBeTruthy()

    await userEvent.type(screen.getByLabelText('User id'), 'not-an-id')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByText('A user id is a UUID.')).toBeTruthy()
    expect(listCalls(calls)).toHaveLength(1)

    await userEvent.clear(screen.getByLabelText('User id'))
    await userEvent.type(screen.getByLabelText('User id'), USER)
    await userEvent.selectOptions(screen.getByLabelText('Channel'), 'sms')
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'failed')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))

    await waitFor(() => expect(listCalls(calls)).toHaveLength(2))
    const asked = listCalls(calls)[1]?.searchParams
    expect(asked?.get('userId')).toBe(USER)
    expect(asked?.get('channel')).toBe('sms')
    expect(asked?.get('status')).toBe('failed')
    expect(router.state.location.search).toBe(`?userId=${USER}&channel=sms&status=failed`)

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect((screen.getByLabelText('Channel') as HTMLSelectElement).value).toBe('')
  })

  it('shows status badges and errors, retries only failed rows, and loads more', async () => {
    let retried = false
    const calls = fakeApi(['notifications.manage'], (call) => {
      if (call.method === 'POST') {
        retried = true
        return { status: 202 }
      }
      if (call.path.includes('cursor=c2')) {
        return { status: 200, body: { items: [delivery('d3', 'skipped')], nextCursor: null } }
      }
      const first = retried
        ? delivery('d1', 'pending', 'Kavenegar 418')
        : delivery('d1', 'failed', 'Kavenegar 418')
      return { status: 200, body: { items: [first, delivery('d2', 'sent')], nextCursor: 'c2' } }
    })
    renderPage('/notification-deliveries', DeliveriesPage)

    // Table rows (desktop) and cards (phone) are both in the DOM; CSS shows one.
    expect((await screen.findAllByText('Kavenegar 418')).length).toBeGreaterThan(0)
    expect(screen.getAllByText('Failed').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Sent').length).toBeGreaterThan(0)
    const retry = screen.getAllByRole('button', { name: 'Retry' })
    expect(retry).toHaveLength(2) // d1 once in the table, once as a card; d2 has none

    await userEvent.click(retry[0] as HTMLElement)
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull())
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/d1/retry'))).toBe(true)
    expect(screen.getAllByText('Pending').length).toBeGreaterThan(0)

    await userEvent.click(screen.getByRole('button', { name: 'More rows' }))
    expect((await screen.findAllByText('Skipped')).length).toBeGreaterThan(0)
    expect(screen.queryByRole('button', { name: 'More rows' })).toBeNull()
  })

  it('says why a retry was refused', async () => {
    fakeApi(['notifications.manage'], (call) =>
      call.method === 'POST'
        ? {
            status: 409,
            body: { type: 'x', title: 'x', status: 409, code: 'DELIVERY_NOT_RETRYABLE' },
          }
        : { status: 200, body: { items: [delivery('d1', 'failed', 'x')], nextCursor: null } },
    )
    renderPage('/notification-deliveries', DeliveriesPage)
    const [retry] = await screen.findAllByRole('button', { name: 'Retry' })
    await userEvent.click(retry as HTMLElement)
    expect(await screen.findByText('Only a failed delivery can be retried.')).toBeTruthy()
  })

  it('starts from filters in the address', async () => {
    const calls = fakeApi(['notifications.manage'], () => ({
      status: 200,
      body: { items: [], nextCursor: null },
    }))
    renderPage(
      '/notification-deliveries',
      DeliveriesPage,
      '/notification-deliveries?status=failed&channel=fax',
    )
    await screen.findByText('No delivery matches these filters.')
    const asked = listCalls(calls)[0]?.searchParams
    expect(asked?.get('status')).toBe('failed')
    expect(asked?.has('channel')).toBe(false)
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('failed')
  })
})
