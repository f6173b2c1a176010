import { offlineMessagesFa } from '../offline/offline-messages-fa.ts'
import { sessionMessagesFa } from '../session/session-messages-fa.ts'
import { shellMessagesFa } from '../shell/shell-messages-fa.ts'
import { signInMessagesFa } from '../sign-in/sign-in-messages-fa.ts'
import { errorMessagesFa } from './error-messages-fa.ts'

/** Persian strings of the shared components (namespace `ui`). */
export const uiMessagesFa = {
  language: {
    // Named in the language it switches to; see LanguageSwitch.
    other: 'English',
  },
  theme: {
    dark: 'پوستهٔ تیره',
  },
  common: {
    loading: 'در حال بارگذاری…',
    loadingSlow:
      'بارگذاری بیش از معمول طول کشیده است. اتصال اینترنت را بررسی کنید یا صفحه را دوباره بارگذاری کنید.',
    loadingOffline:
      'این بخش پیش‌تر روی این دستگاه باز نشده و برای نمایش به اینترنت نیاز دارد. با وصل شدن دوباره خودش بارگذاری می‌شود.',
    reload: 'بارگذاری دوباره',
    retry: 'تلاش دوباره',
    dismiss: 'بستن',
  },
  errors: errorMessagesFa,
  signIn: signInMessagesFa,
  session: sessionMessagesFa,
  shell: shellMessagesFa,
  offline: offlineMessagesFa,
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
