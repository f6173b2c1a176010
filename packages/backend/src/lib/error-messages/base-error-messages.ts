import type { ErrorText } from './error-text.ts'

/** Codes of the HTTP layer itself, shared by every module. */
export const BASE_ERROR_MESSAGES = {
  VALIDATION_FAILED: { fa: 'اطلاعات ارسال‌شده معتبر نیست.', en: 'The request is not valid.' },
  MALFORMED_JSON: { fa: 'بدنهٔ درخواست JSON معتبر نیست.', en: 'The body is not valid JSON.' },
  BAD_REQUEST: { fa: 'درخواست نامعتبر است.', en: 'The request is not valid.' },
  IDENTIFIER_INVALID: {
    fa: 'شماره موبایل یا ایمیل معتبر نیست.',
    en: 'That is not a valid mobile number or email.',
  },
  UNAUTHENTICATED: { fa: 'لطفاً وارد شوید.', en: 'Please sign in.' },
  SESSION_EXPIRED: {
    fa: 'نشست شما به پایان رسیده است؛ دوباره وارد شوید.',
    en: 'Your session has ended; please sign in again.',
  },
  CSRF_FAILED: {
    fa: 'درخواست از سوی این سایت تأیید نشد.',
    en: 'The request could not be verified as coming from this site.',
  },
  FORBIDDEN: { fa: 'اجازهٔ این کار را ندارید.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { fa: 'پیدا نشد.', en: 'Not found.' },
  METHOD_NOT_ALLOWED: { fa: 'این روش درخواست پشتیبانی نمی‌شود.', en: 'Method not allowed.' },
  NOT_ACCEPTABLE: { fa: 'قالب پاسخ درخواستی پشتیبانی نمی‌شود.', en: 'Not acceptable.' },
  CONFLICT: {
    fa: 'این کار با وضعیت فعلی سازگار نیست.',
    en: 'This conflicts with the current state.',
  },
  PAYLOAD_TOO_LARGE: { fa: 'حجم درخواست بیش از حد مجاز است.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    fa: 'نوع محتوای درخواست پشتیبانی نمی‌شود.',
    en: 'That content type is not supported.',
  },
  UNPROCESSABLE: { fa: 'درخواست قابل انجام نیست.', en: 'The request cannot be processed.' },
  RATE_LIMITED: {
    fa: 'تعداد درخواست‌ها زیاد است؛ کمی بعد دوباره تلاش کنید.',
    en: 'Too many requests; please try again shortly.',
  },
  INTERNAL: {
    fa: 'خطایی در سمت ما رخ داد. لطفاً دوباره تلاش کنید.',
    en: 'Something went wrong on our side. Please try again.',
  },
  SERVICE_UNAVAILABLE: {
    fa: 'سرویس موقتاً در دسترس نیست.',
    en: 'The service is temporarily unavailable.',
  },
} satisfies Record<string, ErrorText>
