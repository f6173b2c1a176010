import type { ErrorCode } from '@yektayar/shared'
import { ASSESSMENTS_ERROR_MESSAGES } from './assessments-error-messages.ts'
import { AUTH_ERROR_MESSAGES } from './auth-error-messages.ts'
import { BASE_ERROR_MESSAGES } from './base-error-messages.ts'
import { CARE_ERROR_MESSAGES } from './care-error-messages.ts'
import { CHANNEL_ERROR_MESSAGES } from './channel-error-messages.ts'
import { COMPANION_ERROR_MESSAGES } from './companion-error-messages.ts'
import { CONFIG_ERROR_MESSAGES } from './config-error-messages.ts'
import { COURSES_ERROR_MESSAGES } from './courses-error-messages.ts'
import type { ErrorText } from './error-text.ts'
import { FILES_ERROR_MESSAGES } from './files-error-messages.ts'
import { HOLIDAYS_ERROR_MESSAGES } from './holidays-error-messages.ts'
import { MESSAGING_ERROR_MESSAGES } from './messaging-error-messages.ts'
import { NOTIFICATION_ADMIN_ERROR_MESSAGES } from './notification-admin-error-messages.ts'
import { NOTIFICATIONS_ERROR_MESSAGES } from './notifications-error-messages.ts'
import { PAYMENTS_ERROR_MESSAGES } from './payments-error-messages.ts'
import { SAFETY_ERROR_MESSAGES } from './safety-error-messages.ts'

/**
 * The server's text for every code of the shared `ErrorCode` union. Typed as a full record, so
 * a code added to the union without text in both languages fails type checking.
 */
export const ERROR_MESSAGES: Record<ErrorCode, ErrorText> = {
  ...BASE_ERROR_MESSAGES,
  ...AUTH_ERROR_MESSAGES,
  ...MESSAGING_ERROR_MESSAGES,
  ...PAYMENTS_ERROR_MESSAGES,
  ...CARE_ERROR_MESSAGES,
  ...NOTIFICATIONS_ERROR_MESSAGES,
  ...CHANNEL_ERROR_MESSAGES,
  ...NOTIFICATION_ADMIN_ERROR_MESSAGES,
  ...FILES_ERROR_MESSAGES,
  ...COURSES_ERROR_MESSAGES,
  ...ASSESSMENTS_ERROR_MESSAGES,
  ...SAFETY_ERROR_MESSAGES,
  ...COMPANION_ERROR_MESSAGES,
  ...CONFIG_ERROR_MESSAGES,
  ...HOLIDAYS_ERROR_MESSAGES,
}
