import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { payment } from './money-fixtures.ts'
import { PaymentsPage } from './payments-page.tsx'

const listCalls = (calls: FakeCall[]) =>
  calls
    .filter((call) => call.path.startsWith('/api/v1/admin/payments?'))
    .map((call) => Object.fromEntries(new URL(call.path, 'http://x').searchParams))

describe('payments page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('asks in rials for toman typed, marks the overdue, and exports the same list', async () => {
    const overdue = {
      ...payment,
      status: 'pending',
      reconciliation: {
        pendingSince: payment.createdAt,
        stale: true,
        verifyAttempts: 2,
        lastVerifyAt: null,
        lastVerifyResult: null,
      },
    }
    const calls = fakeApi(['payments.manage'], () => ({
      status: 200,
      body: { items: [overdue], nextCursor: null },
    }))
    const router = renderPage('/payments', PaymentsPage)
    const table = await screen.findByRole('table', {}, { timeout: 5000 })
    expect(within(table).getByText('Overdue')).toBeTruthy()

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'pending')
    await userEvent.type(screen.getByLabelText('Amount from (toman)'), '۱۰۰٬۰۰۰')
    await userEvent.type(screen.getByLabelText('Amount up to (toman)'), 'lots')
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByText('Enter a whole number.')).toBeTruthy()
    await userEvent.clear(screen.getByLabelText('Amount up to (toman)'))
    await userEvent.type(screen.getByLabelText('Amount up to (toman)'), '2000000')
    await userEvent.click(screen.getByLabelText(/Only payments pending/))
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }))

    const expected = { status: 'pending', minIrr: '1000000', maxIrr: '20000000', stale: 'true' }
    await waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ ...expected, limit: '50' }))
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(expected)
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      `/api/v1/admin/payments/export?${new URLSearchParams(expected)}`,
    )
  }, 15_000)
})
