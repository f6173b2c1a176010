import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { AppointmentView, AppointmentViewer } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { appointmentsMessagesFa } from '../appointments-messages-fa.ts'
import { CancelDialog } from './cancel-dialog.tsx'

initTestI18n({ fa: { appointments: appointmentsMessagesFa }, en: {} })

const ID = '6f1c0c7e-4a55-4b8e-9d5c-1f2b3c4d5e6f'
const PATH = `/api/v1/appointments/${ID}`

function viewer(overrides: Partial<AppointmentViewer>): AppointmentViewer {
  return {
    role: 'patient',
    canCancel: true,
    cancelRefundable: false,
    freeCancelUntil: '2026-03-19T06:30:00Z',
    canReschedule: true,
    canComplete: false,
    canMarkNoShow: false,
    canWriteNotes: false,
    undoOutcomeUntil: null,
    ...overrides,
  }
}

function appointment(priceIrr: number, overrides: Partial<AppointmentViewer>): AppointmentView {
  return {
    id: ID,
    status: 'confirmed',
    patient: { id: 'p', name: { fa: 'سارا', en: 'Sara' }, avatarUrl: null },
    psychologist: { id: 'd', name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' }, avatarUrl: null },
    sessionTypeId: null,
    mode: 'video',
    startsAt: '2026-03-20T06:30:00Z',
    endsAt: '2026-03-20T07:20:00Z',
    durationMinutes: 50,
    priceIrr,
    holdExpiresAt: null,
    joinUrl: null,
    joinOpensAt: null,
    cancelReason: null,
    cancelledBy: null,
    cancelledAt: null,
    outcomeRecordedAt: null,
    createdAt: '2026-03-01T10:00:00Z',
    viewer: viewer(overrides),
  }
}

type Reply = { status: number; body: unknown }

/** A fake API answering PATH from a queue, keeping what was sent. */
function fakeApi(replies: Reply[]) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    const reply = replies.shift() ?? { status: 500, body: null }
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderDialog(view: AppointmentView) {
  const onCancelled = vi.fn()
  const onClose = vi.fn()
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <CancelDialog appointment={view} onCancelled={onCancelled} onClose={onClose} />
    </QueryClientProvider>,
  )
  return { onCancelled, onClose }
}

describe('CancelDialog', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('tells a patient the refund and the free window, then cancels with the reason', async () => {
    const cancelled = { ...appointment(9_000_000, {}), status: 'cancelled' }
    const fetchMock = fakeApi([{ status: 200, body: cancelled }])
    const user = userEvent.setup()
    const { onCancelled } = renderDialog(appointment(9_000_000, { cancelRefundable: true }))

    const terms = screen.getByTestId('cancel-terms')
    expect(terms.textContent).toContain(
      'لغو در این زمان رایگان است و مبلغ ۹۰۰٬۰۰۰ تومان به شما بازگردانده می‌شود.',
    )
    // 06:30 UTC is 10:00 in Tehran, in Jalali with Persian digits.
    expect(terms.textContent).toContain('لغو تا پنجشنبه ۲۸ اسفند، ساعت ۱۰:۰۰ رایگان است.')

    await user.type(screen.getByLabelText('دلیل لغو (اختیاری)'), '  سفر کاری  ')
    await user.click(screen.getByRole('button', { name: 'بله، نوبت لغو شود' }))

    await vi.waitFor(() => expect(onCancelled).toHaveBeenCalledOnce())
    const [path, init] = fetchMock.mock.calls[0] ?? []
    expect(String(path)).toBe(PATH)
    expect(init?.method).toBe('DELETE')
    expect(JSON.parse(String(init?.body))).toEqual({ reason: 'سفر کاری' })
    expect(onCancelled.mock.calls[0]?.[0]).toMatchObject({ status: 'cancelled' })
  })

  it('cancels without a reason: giving one is the patient’s choice', async () => {
    const cancelled = { ...appointment(0, {}), status: 'cancelled' }
    const fetchMock = fakeApi([{ status: 200, body: cancelled }])
    const user = userEvent.setup()
    const { onCancelled } = renderDialog(appointment(0, {}))
    expect(screen.getByTestId('cancel-terms').textContent).toBe(
      'این جلسه رایگان است؛ لغو آن هزینه‌ای ندارد.',
    )
    expect(screen.getByLabelText('دلیل لغو (اختیاری)').hasAttribute('required')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'بله، نوبت لغو شود' }))
    await vi.waitFor(() => expect(onCancelled).toHaveBeenCalledOnce())
    expect(screen.queryByRole('alert')).toBeNull()
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({})
  })

  it('says a pending, unpaid booking costs nothing to drop', () => {
    fakeApi([])
    renderDialog({ ...appointment(9_000_000, { freeCancelUntil: null }), status: 'pending' })
    expect(screen.getByTestId('cancel-terms').textContent).toBe(
      'هزینه‌ای پرداخت نشده است؛ لغو رایگان است و فقط این زمان آزاد می‌شود.',
    )
  })

  it('tells the psychologist the patient is refunded, without the patient’s deadline', () => {
    fakeApi([])
    renderDialog(appointment(12_000_000, { role: 'psychologist', cancelRefundable: true }))
    expect(screen.getByTestId('cancel-terms').textContent).toBe(
      'مبلغ ۱٬۲۰۰٬۰۰۰ تومان که مراجع پرداخت کرده به او بازگردانده می‌شود.',
    )
  })

  it('shows the API’s refusal in Persian and keeps the dialog open', async () => {
    fakeApi([
      {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'CANCEL_WINDOW_PASSED',
          status: 409,
          code: 'CANCEL_WINDOW_PASSED',
          detail: 'مهلت لغو رایگان این نوبت گذشته است.',
        },
      },
    ])
    const user = userEvent.setup()
    const { onCancelled, onClose } = renderDialog(appointment(0, {}))
    await user.type(screen.getByLabelText('دلیل لغو (اختیاری)'), 'بیماری')
    await user.click(screen.getByRole('button', { name: 'بله، نوبت لغو شود' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'مهلت لغو رایگان این نوبت گذشته است.',
    )
    expect(onCancelled).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'انصراف' }))
    expect(onClose).toHaveBeenCalledOnce()
  })
})
