import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Payments and refunds, in both languages. */
export const PAYMENTS_ERROR_MESSAGES = {
  PAYMENT_NOT_PAYABLE: {
    fa: 'این نوبت در انتظار پرداخت نیست یا زمان نگه‌داری آن تمام شده است.',
    en: 'This appointment is not awaiting payment, or its hold has expired.',
  },
  PAYMENT_IN_PROGRESS: {
    fa: 'پرداخت این نوبت در حال انجام است. چند لحظه بعد دوباره تلاش کنید.',
    en: 'A payment for this appointment is already under way. Try again in a moment.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    fa: 'این کلید تکرار برای درخواست دیگری به کار رفته است.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  PAYMENT_GATEWAY_UNAVAILABLE: {
    fa: 'درگاه پرداخت پاسخ نداد. لطفاً دوباره تلاش کنید.',
    en: 'The payment gateway did not answer. Please try again.',
  },
  PAYMENT_GATEWAY_REJECTED: {
    fa: 'درگاه پرداخت درخواست را نپذیرفت.',
    en: 'The payment gateway refused the request.',
  },
  PAYMENT_GATEWAY_MISCONFIGURED: {
    fa: 'تنظیمات درگاه پرداخت نادرست است. پشتیبانی را خبر کنید.',
    en: 'The payment gateway is misconfigured. Please contact support.',
  },
  PAYMENT_GATEWAY_RATE_LIMITED: {
    fa: 'درگاه پرداخت موقتاً در دسترس نیست. کمی بعد دوباره تلاش کنید.',
    en: 'The payment gateway is temporarily unavailable. Try again shortly.',
  },
  PAYMENT_NOT_PAID: {
    fa: 'پرداخت انجام نشد.',
    en: 'The payment did not go through.',
  },
  PAYMENT_AMOUNT_MISMATCH: {
    fa: 'مبلغ پرداخت با مبلغ سفارش یکی نیست.',
    en: 'The paid amount does not match the order.',
  },
  REFUND_EXCEEDS_PAYMENT: {
    fa: 'مبلغ بازپرداخت از مبلغ پرداخت‌شده بیشتر است.',
    en: 'The refund is larger than what is left of the payment.',
  },
  REFUND_NOT_ALLOWED: {
    fa: 'این تراکنش را نمی‌توان بازپرداخت یا تسویه کرد.',
    en: 'This transaction cannot be refunded or settled.',
  },
  PAYMENT_NOT_PENDING: {
    fa: 'این پرداخت دیگر در انتظار نیست و استعلام دوباره لازم ندارد.',
    en: 'This payment is no longer pending; there is nothing to verify again.',
  },
} satisfies Record<string, ErrorText>
