import type { ErrorText } from './error-text.ts'

/** The text people read for each code of announcements and the delivery log, in both languages. */
export const NOTIFICATION_ADMIN_ERROR_MESSAGES = {
  ANNOUNCEMENT_SEND_AT_PAST: {
    fa: 'زمان ارسال اطلاعیه باید در آینده باشد.',
    en: 'The send time of an announcement must be in the future.',
  },
  ANNOUNCEMENT_NOT_FOUND: {
    fa: 'این اطلاعیه پیدا نشد.',
    en: 'There is no such announcement.',
  },
  ANNOUNCEMENT_NOT_CANCELLABLE: {
    fa: 'فقط اطلاعیه‌ای را که هنوز ارسال نشده می‌توان لغو کرد.',
    en: 'Only an announcement that has not started sending can be cancelled.',
  },
  DELIVERY_NOT_FOUND: {
    fa: 'این ارسال پیدا نشد.',
    en: 'There is no such delivery.',
  },
  DELIVERY_NOT_RETRYABLE: {
    fa: 'فقط ارسال ناموفق را می‌توان دوباره فرستاد.',
    en: 'Only a failed delivery can be retried.',
  },
} satisfies Record<string, ErrorText>
