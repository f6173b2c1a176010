import type { ErrorMessages } from './error-messages.ts'

/** Persian text for each stable API error `code`, plus the client-side cases. */
export const errorMessagesFa: ErrorMessages = {
  title: 'مشکلی پیش آمد',
  UNKNOWN: 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید.',
  NETWORK_ERROR: 'ارتباط با سرور برقرار نشد. اتصال اینترنت خود را بررسی کنید.',
  VALIDATION_FAILED: 'بعضی از اطلاعات واردشده درست نیست.',
  MALFORMED_JSON: 'درخواست قابل خواندن نبود. لطفاً دوباره تلاش کنید.',
  BAD_REQUEST: 'درخواست نامعتبر است.',
  IDENTIFIER_INVALID: 'شماره موبایل یا ایمیل معتبر نیست.',
  UNAUTHENTICATED: 'لطفاً ابتدا وارد شوید.',
  SESSION_EXPIRED: 'نشست شما به پایان رسیده است؛ دوباره وارد شوید.',
  CSRF_FAILED: 'درخواست تأیید نشد. صفحه را دوباره بارگذاری کنید.',
  FORBIDDEN: 'اجازهٔ انجام این کار را ندارید.',
  NOT_FOUND: 'آنچه دنبالش بودید پیدا نشد.',
  METHOD_NOT_ALLOWED: 'این درخواست پشتیبانی نمی‌شود.',
  NOT_ACCEPTABLE: 'این درخواست پشتیبانی نمی‌شود.',
  CONFLICT: 'این کار با وضعیت فعلی سازگار نیست. صفحه را به‌روز کنید.',
  PAYLOAD_TOO_LARGE: 'حجم اطلاعات ارسالی بیش از حد مجاز است.',
  UNSUPPORTED_MEDIA_TYPE: 'نوع فایل یا اطلاعات ارسالی پشتیبانی نمی‌شود.',
  UNPROCESSABLE: 'این درخواست قابل انجام نیست.',
  RATE_LIMITED: 'تعداد تلاش‌ها زیاد بود. کمی صبر کنید و دوباره امتحان کنید.',
  INTERNAL: 'خطایی در سمت ما رخ داد. لطفاً کمی بعد دوباره تلاش کنید.',
  SERVICE_UNAVAILABLE: 'سرویس موقتاً در دسترس نیست. کمی بعد دوباره تلاش کنید.',
  OTP_INVALID: 'کد واردشده درست نیست.',
  OTP_EXPIRED: 'این کد منقضی شده است. کد تازه‌ای درخواست کنید.',
}
