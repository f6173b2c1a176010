import { announcementTemplate } from './announcement-template.ts'
import type { NotificationTemplate } from './notification-template.ts'
import { safetyAlertTemplate } from './safety-alert-template.ts'

/**
 * Every template by the `templateKey` producers put in their notification.event jobs. An event
 * naming a key missing here is logged and dropped: retrying cannot make it readable.
 */
export const NOTIFICATION_TEMPLATES: Record<string, NotificationTemplate> = {
  announcement: announcementTemplate,
  safety_alert: safetyAlertTemplate,
}
