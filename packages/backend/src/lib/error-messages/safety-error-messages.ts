import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Safety, in both languages. */
export const SAFETY_ERROR_MESSAGES = {
  SAFETY_ALERT_NOT_FOUND: {
    fa: 'این هشدار ایمنی پیدا نشد یا برای شما نیست.',
    en: 'This safety alert was not found or is not yours to see.',
  },
  SAFETY_ALERT_RESOLVED: {
    fa: 'این هشدار پیش‌تر بسته شده است.',
    en: 'This alert has already been resolved.',
  },
  ON_CALL_NOT_RESPONDER: {
    fa: 'در نوبت کشیک فقط کسانی می‌آیند که اجازهٔ رسیدگی به هشدارهای ایمنی را دارند.',
    en: 'Only people allowed to respond to safety alerts can be on call.',
  },
} satisfies Record<string, ErrorText>
