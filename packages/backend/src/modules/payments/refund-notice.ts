import type { Locale } from '../../lib/app-error.ts'
import { findPayerReach, type TransactionRow } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'

/**
 * Discreet like the care messages (care-messages.ts): "YektaYar" and an amount, never a
 * clinician or what the session was.
 */
const TEXT: Record<Locale, { subject: string; text: (toman: string) => string }> = {
  fa: {
    subject: 'بازپرداخت یکتایار',
    text: (toman) =>
      `یکتایار: بازپرداخت ${toman} تومان انجام شد و بسته به بانک، تا چند روز کاری به حساب شما می‌رسد.`,
  },
  en: {
    subject: 'YektaYar refund',
    text: (toman) =>
      `YektaYar: your refund of ${toman} toman was sent; depending on your bank it reaches your account within a few working days.`,
  },
}

function refundNoticeText(amountIrr: number, locale: Locale) {
  const toman = Math.floor(amountIrr / 10).toLocaleString(locale === 'fa' ? 'fa-IR' : 'en-US')
  return { subject: TEXT[locale].subject, text: TEXT[locale].text(toman) }
}

/**
 * Tells the patient a settled refund is on its way: by SMS to their verified phone, or by email
 * when they have none. Until the notification centre exists these are the channels that reach
 * people; in development both land in the dev outbox. A failure is logged: the money moved.
 */
export async function noticeRefundSent(deps: PaymentDeps, refund: TransactionRow) {
  if (!refund.userId) return
  try {
    const reach = await findPayerReach(deps.care.db, refund.userId)
    const locale: Locale =
      (reach.preferences as { language?: unknown }).language === 'en' ? 'en' : 'fa'
    const { subject, text } = refundNoticeText(refund.amount, locale)
    if (reach.phone) await deps.senders.sms.send(reach.phone, text)
    else if (reach.email) await deps.senders.email.send({ to: reach.email, subject, text })
  } catch (error) {
    deps.care.log.error(
      { err: error, refundId: refund.id },
      'telling the patient of a refund failed',
    )
  }
}
