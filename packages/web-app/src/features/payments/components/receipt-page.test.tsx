import { fireEvent, render, screen } from '@testing-library/react'
import type { PaymentReceipt, PaymentReceiptDetail } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { paymentsMessagesEn } from '../payments-messages-en.ts'
import { paymentsMessagesFa } from '../payments-messages-fa.ts'
import { ReceiptPage } from './receipt-page.tsx'

initTestI18n({ fa: { payments: paymentsMessagesFa }, en: { payments: paymentsMessagesEn } })

const TX = '55555555-5555-4555-8555-555555555555'
const ok = (body: unknown): Reply => ({ status: 200, body })

const base: PaymentReceipt = {
  id: TX,
  type: 'payment',
  status: 'completed',
  amountIrr: 14_000_000,
  appointmentId: '44444444-4444-4444-8444-444444444444',
  courseId: null,
  originalTransactionId: null,
  reference: 'SB1234567890',
  cardPan: '6037****1234',
  createdAt: '2026-03-01T08:00:00.000Z',
  completedAt: '2026-03-01T08:01:00.000Z',
  appointment: {
    psychologistName: { fa: 'مریم رضایی', en: 'Maryam Rezaei' },
    sessionTypeName: { fa: 'جلسهٔ آنلاین', en: 'Online session' },
    startsAt: '2026-03-05T10:30:00.000Z',
    durationMinutes: 50,
  },
  refundSettlement: null,
}

const refund = (overrides: Partial<PaymentReceipt>): PaymentReceipt => ({
  ...base,
  id: '66666666-6666-4666-8666-666666666666',
  type: 'refund',
  status: 'pending',
  reference: null,
  cardPan: null,
  originalTransactionId: TX,
  createdAt: '2026-03-02T08:00:00.000Z',
  completedAt: null,
  refundSettlement: 'automatic',
  ...overrides,
})

function renderReceipt(detail: Reply) {
  fakeApi({
    'GET /api/v1/users/me': [ok(userFixture())],
    [`GET /api/v1/payments/${TX}`]: [detail],
  })
  const router = createMemoryRouter([{ path: '/payments/:id', Component: ReceiptPage }], {
    initialEntries: [`/payments/${TX}`],
  })
  render(withQueryClient(<RouterProvider router={router} />))
}

const detail = (refunds: PaymentReceipt[]): PaymentReceiptDetail => ({ ...base, refunds })

describe('ReceiptPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows the session, the toman amount, the reference and the masked card', async () => {
    renderReceipt(ok(detail([])))
    expect(await screen.findByRole('heading', { level: 1, name: 'رسید پرداخت' })).toBeTruthy()
    expect(screen.getByText('مریم رضایی')).toBeTruthy()
    expect(screen.getByText('جلسهٔ آنلاین، ۵۰ دقیقه')).toBeTruthy()
    expect(screen.getByText('۱۴ اسفند ۱۴۰۴، ساعت ۱۴:۰۰')).toBeTruthy()
    expect(screen.getByText('۱٬۴۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(screen.getByText('SB1234567890')).toBeTruthy()
    expect(screen.getByText('۶۰۳۷****۱۲۳۴')).toBeTruthy()
  })

  it('prints the receipt alone: the print button opens the dialog and sits outside it', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    renderReceipt(ok(detail([])))
    const button = await screen.findByRole('button', { name: 'چاپ یا ذخیره به‌صورت PDF' })
    fireEvent.click(button)
    expect(print).toHaveBeenCalledOnce()
    const printed = document.querySelector('[data-print-root]')
    expect(printed?.textContent).toContain('مریم رضایی')
    expect(printed?.contains(button)).toBe(false)
    expect(button.closest('[data-print-hidden]')).not.toBeNull()
  })

  it('tells a requested sandbox refund is coming back by itself', async () => {
    renderReceipt(ok(detail([refund({})])))
    expect(await screen.findByText('درخواست شد')).toBeTruthy()
    expect(screen.getByText('درخواست بازپرداخت ثبت شد')).toBeTruthy()
    expect(screen.getByText(/خودکار و ظرف چند دقیقه/)).toBeTruthy()
  })

  it('tells a Zarinpal refund waits for staff, not the gateway', async () => {
    renderReceipt(ok(detail([refund({ refundSettlement: 'staff' })])))
    expect(await screen.findByText(/در انتظار پرداخت به دست همکاران ماست/)).toBeTruthy()
    expect(screen.queryByText(/خودکار/)).toBeNull()
  })

  it('shows when a settled refund was sent back', async () => {
    renderReceipt(
      ok(detail([refund({ status: 'completed', completedAt: '2026-03-02T09:00:00.000Z' })])),
    )
    expect(await screen.findByText('بازپرداخت شد')).toBeTruthy()
    expect(screen.getByText('مبلغ به کارت شما بازگردانده شد')).toBeTruthy()
    expect(screen.getByText('۱۱ اسفند ۱۴۰۴، ساعت ۱۲:۳۰')).toBeTruthy()
    expect(screen.queryByText('درخواست شد')).toBeNull()
  })

  it("says plainly when there is no such receipt (or it is someone else's)", async () => {
    renderReceipt(problem(404, 'NOT_FOUND'))
    expect(await screen.findByText('این رسید پیدا نشد')).toBeTruthy()
  })
})
