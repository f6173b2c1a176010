import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { AppointmentDetailPage } from './appointment-detail-page.tsx'
import { APPOINTMENT_ID, appointment, payment } from './money-fixtures.ts'

const MANAGER = ['appointments.read.any', 'appointments.manage', 'payments.manage']

describe('appointment page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('cancels with a partial refund and a reason, then shows the refund', async () => {
    const cancelled = {
      appointment: {
        ...appointment,
        status: 'cancelled',
        cancelledBy: 'admin',
        cancelledAt: '2026-12-08T10:00:00.000Z',
        cancelReason: 'Psychologist ill',
      },
      payments: [
        {
          ...payment,
          refundedIrr: 9_000_000,
          refundableIrr: 9_000_000,
          refunds: [
            {
              ...payment,
              id: 'r1',
              type: 'refund',
              status: 'pending',
              amountIrr: 9_000_000,
              note: 'Psychologist ill',
              refundedIrr: 0,
              refunds: undefined,
            },
          ],
        },
      ],
    }
    let done = false
    const calls = fakeApi(MANAGER, (call) => {
      if (call.method === 'POST') done = true
      return { status: 200, body: done ? cancelled : { appointment, payments: [payment] } }
    })
    renderPage('/appointments/:id', AppointmentDetailPage, `/appointments/${APPOINTMENT_ID}`)
    expect(await screen.findByText('Sara Patient')).toBeTruthy()
    expect(screen.getByText('Clinical notes are never shown here.')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Cancel appointment…' }))
    const dialog = screen.getByRole('dialog', { name: 'Cancel the appointment' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel appointment' }))
    expect(within(dialog).getByText('Give a reason.')).toBeTruthy()
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Psychologist ill')
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Part of it' }))
    await userEvent.type(within(dialog).getByLabelText('Refund (toman)'), '2000000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel appointment' }))
    expect(
      within(dialog).getByText('Enter an amount between 1 toman and 1,800,000 toman.'),
    ).toBeTruthy()
    await userEvent.clear(within(dialog).getByLabelText('Refund (toman)'))
    await userEvent.type(within(dialog).getByLabelText('Refund (toman)'), '900,000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel appointment' }))

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')).toEqual({
        method: 'POST',
        path: `/api/v1/admin/appointments/${APPOINTMENT_ID}/cancel`,
        body: { reason: 'Psychologist ill', refundIrr: 9_000_000 },
      }),
    )
    expect(await screen.findByText('The appointment was cancelled.')).toBeTruthy()
    expect(screen.getByText('Reason: Psychologist ill')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Record payout' })).toBeTruthy()
  }, 15_000)

  it('shows toman with Persian digits and Jalali dates in Persian', async () => {
    await i18n.changeLanguage('fa')
    fakeApi(['appointments.read.any'], () => ({
      status: 200,
      body: { appointment, payments: null },
    }))
    renderPage('/appointments/:id', AppointmentDetailPage, `/appointments/${APPOINTMENT_ID}`)
    expect(await screen.findByText('۱٬۸۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(screen.getByText(/۲۱ آذر ۱۴۰۵/)).toBeTruthy()
    expect(screen.getByText('برای دیدن پرداخت‌ها به مجوز payments.manage نیاز دارید.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'لغو نوبت…' })).toBeNull()
  })
})
