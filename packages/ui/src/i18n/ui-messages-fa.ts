import { errorMessagesFa } from './error-messages-fa.ts'

/** Persian strings of the shared components (namespace `ui`). */
export const uiMessagesFa = {
  language: {
    // Named in the language it switches to; see LanguageSwitch.
    other: 'English',
  },
  theme: {
    system: 'پوسته: هماهنگ با دستگاه',
    light: 'پوسته: روشن',
    dark: 'پوسته: تیره',
  },
  common: {
    loading: 'در حال بارگذاری…',
    retry: 'تلاش دوباره',
    dismiss: 'بستن',
  },
  errors: errorMessagesFa,
  signIn: {
    identifierLabel: 'شماره موبایل یا ایمیل',
    identifierHint: 'مثلاً ۰۹۱۲۳۴۵۶۷۸۹ یا name@example.com',
    identifierRequired: 'شماره موبایل یا ایمیل خود را وارد کنید.',
    sendCode: 'دریافت کد ورود',
    codeSentTo: 'کد ورود را به {{identifier}} فرستادیم.',
    codeLabel: 'کد ۶ رقمی',
    codeIncomplete: 'کد ۶ رقمی را کامل وارد کنید.',
    verify: 'ورود',
    resend: 'ارسال دوباره کد',
    resendIn: 'ارسال دوباره کد تا {{seconds, number}} ثانیهٔ دیگر',
    changeIdentifier: 'تغییر شماره یا ایمیل',
  },
  calendar: {
    previousMonth: 'ماه قبل',
    nextMonth: 'ماه بعد',
    hasSlots: 'زمان آزاد دارد',
    noSlots: 'زمان آزاد ندارد',
  },
  slots: {
    none: 'در این روز زمان آزادی نمانده است.',
  },
}
