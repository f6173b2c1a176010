import type { ErrorText } from './error-text.ts'

/** The text people read for each code of the notification channels, in both languages. */
export const CHANNEL_ERROR_MESSAGES = {
  PUSH_NOT_CONFIGURED: {
    fa: 'اعلان مرورگر روی این سرور فعال نیست.',
    en: 'Browser notifications are not available on this server.',
  },
  UNSUBSCRIBE_TOKEN_INVALID: {
    fa: 'این پیوند لغو اشتراک معتبر نیست. از صفحهٔ تنظیمات اعلان‌ها استفاده کنید.',
    en: 'This unsubscribe link is not valid. Use the notification settings instead.',
  },
} satisfies Record<string, ErrorText>
