import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { PAYMENT_ID, payment } from './money-fixtures.ts'
import { PaymentDetailPage } from './payment-detail-page.tsx'

describe('payment page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('refunds in full with a reason, and shows the server’s refusal', async () => {
    let refunds = 0
    const calls = fakeApi(['payments.manage'], (call) => {
      if (call.method !== 'POST') return { status: 200, body: payment }
      refunds += 1
      return refunds === 1
        ? {
            status: 422,
            body: { type: 'about:blank', title: 'x', status: 422, code: 'REFUND_EXCEEDS_PAYMENT' },
          }
        : { status: 201, body: { ...payment, type: 'refund', status: 'pending' } }
    })
    renderPage('/payments/:id', PaymentDetailPage, `/payments/${PAYMENT_ID}`)
    expect(await screen.findByText('900123')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Refund…' }))
    const dialog = screen.getByRole('dialog', { name: 'Refund 1,800,000 toman' })
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'double charge')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the refund' }))
    expect(await within(dialog).findByRole('alert')).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the refund' }))
    expect(await screen.findByText('The refund was recorded.')).toBeTruthy()
    expect(calls.filter((call) => call.method === 'POST').at(-1)).toEqual({
      method: 'POST',
      path: `/api/v1/payments/${PAYMENT_ID}/refunds`,
      body: { amountIrr: 18_000_000, note: 'double charge' },
    })
  }, 15_000)

  it('shows where a pending payment stands and verifies it again', async () => {
    const pending = {
      ...payment,
      status: 'pending',
      reference: null,
      refundableIrr: 0,
      reconciliation: {
        pendingSince: '2026-12-07T06:31:00.000Z',
        stale: true,
        verifyAttempts: 3,
        lastVerifyAt: '2026-12-07T06:45:00.000Z',
        lastVerifyResult: 'PAYMENT_GATEWAY_RATE_LIMITED',
      },
    }
    const calls = fakeApi(['payments.manage'], (call) =>
      call.method === 'POST'
        ? { status: 200, body: { ...pending, status: 'completed', reconciliation: null } }
        : { status: 200, body: pending },
    )
    renderPage('/payments/:id', PaymentDetailPage, `/payments/${PAYMENT_ID}`)
    expect(await screen.findByText('Verifications: 3')).toBeTruthy()
    expect(screen.getAllByText('Overdue').length).toBeGreaterThan(0)
    expect(screen.getByText(/The payment gateway is temporarily unavailable/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Refund…' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Verify with the gateway again' }))
    expect(await screen.findByText('Verified; status: Completed.')).toBeTruthy()
    await waitFor(() =>
      expect(
        calls.some((call) => call.path === `/api/v1/admin/payments/${PAYMENT_ID}/verify`),
      ).toBe(true),
    )
  })
})
