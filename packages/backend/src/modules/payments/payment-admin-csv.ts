import type { AdminPayment } from '@yektayar/shared'
import { jalaliTime } from '../../lib/csv-export.ts'

/** Amounts in toman, as the admin panel shows them; the headers say so. */
export const PAYMENT_CSV_HEADERS = [
  'شناسه تراکنش',
  'نوع',
  'وضعیت',
  'مبلغ (تومان)',
  'بازپرداخت‌شده (تومان)',
  'درگاه',
  'شناسه پرداخت (Authority)',
  'شماره پیگیری',
  'کارت',
  'پرداخت‌کننده',
  'شناسه پرداخت‌کننده',
  'شناسه نوبت',
  'شناسه دوره',
  'شناسه پرداخت اصلی',
  'توضیح بازپرداخت',
  'ایجاد (تهران)',
  'ایجاد (UTC)',
  'تکمیل (تهران)',
  'آخرین استعلام (تهران)',
  'نتیجه آخرین استعلام',
]

const TYPE_FA: Record<string, string> = { payment: 'پرداخت', refund: 'بازپرداخت' }

const STATUS_FA: Record<string, string> = {
  pending: 'در انتظار',
  completed: 'موفق',
  failed: 'ناموفق',
  refunded: 'بازپرداخت‌شده',
}

const toman = (rials: number) => rials / 10

export function paymentCsvCells(payment: AdminPayment): unknown[] {
  return [
    payment.id,
    TYPE_FA[payment.type],
    STATUS_FA[payment.status],
    toman(payment.amountIrr),
    toman(payment.refundedIrr),
    payment.gateway,
    payment.authority,
    payment.reference,
    payment.cardPan,
    payment.payer?.name.fa,
    payment.payer?.id,
    payment.appointmentId,
    payment.courseId,
    payment.originalTransactionId,
    payment.note,
    jalaliTime(payment.createdAt),
    payment.createdAt,
    jalaliTime(payment.completedAt),
    jalaliTime(payment.reconciliation?.lastVerifyAt),
    payment.reconciliation?.lastVerifyResult,
  ]
}
