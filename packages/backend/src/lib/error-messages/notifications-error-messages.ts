import type { ErrorText } from './error-text.ts'

/** The text people read for each code of Notifications, in both languages. */
export const NOTIFICATIONS_ERROR_MESSAGES = {
  NOTIFICATION_NOT_FOUND: {
    fa: 'این اعلان پیدا نشد.',
    en: 'This notification was not found.',
  },
} satisfies Record<string, ErrorText>
