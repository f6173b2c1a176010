import { registerErrorCodes } from '../../lib/app-error.ts'

/** Payment error codes (issue 6). Gateway codes are logged with the gateway's own number. */
registerErrorCodes({
  PAYMENT_NOT_PAYABLE: {
    status: 409,
    fa: 'این نوبت در انتظار پرداخت نیست یا زمان نگه‌داری آن تمام شده است.',
    en: 'This appointment is not awaiting payment, or its hold has expired.',
  },
  PAYMENT_IN_PROGRESS: {
    status: 409,
    fa: 'پرداخت این نوبت در حال انجام است. چند لحظه بعد دوباره تلاش کنید.',
    en: 'A payment for this appointment is already under way. Try again in a moment.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    fa: 'این کلید تکرار برای درخواست دیگری به کار رفته است.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  PAYMENT_GATEWAY_UNAVAILABLE: {
    status: 502,
    fa: 'درگاه پرداخت پاسخ نداد. لطفاً دوباره تلاش کنید.',
    en: 'The payment gateway did not answer. Please try again.',
  },
  PAYMENT_GATEWAY_REJECTED: {
    status: 502,
    fa: 'درگاه پرداخت درخواست را نپذیرفت.',
    en: 'The payment gateway refused the request.',
  },
  PAYMENT_GATEWAY_MISCONFIGURED: {
    status: 502,
    fa: 'تنظیمات درگاه پرداخت نادرست است. پشتیبانی را خبر کنید.',
    en: 'The payment gateway is misconfigured. Please contact support.',
  },
  PAYMENT_GATEWAY_RATE_LIMITED: {
    status: 503,
    fa: 'درگاه پرداخت موقتاً در دسترس نیست. کمی بعد دوباره تلاش کنید.',
    en: 'The payment gateway is temporarily unavailable. Try again shortly.',
  },
  PAYMENT_NOT_PAID: {
    status: 402,
    fa: 'پرداخت انجام نشد.',
    en: 'The payment did not go through.',
  },
  PAYMENT_AMOUNT_MISMATCH: {
    status: 409,
    fa: 'مبلغ پرداخت با مبلغ سفارش یکی نیست.',
    en: 'The paid amount does not match the order.',
  },
  REFUND_EXCEEDS_PAYMENT: {
    status: 422,
    fa: 'مبلغ بازپرداخت از مبلغ پرداخت‌شده بیشتر است.',
    en: 'The refund is larger than what is left of the payment.',
  },
  REFUND_NOT_ALLOWED: {
    status: 409,
    fa: 'این تراکنش را نمی‌توان بازپرداخت یا تسویه کرد.',
    en: 'This transaction cannot be refunded or settled.',
  },
})
