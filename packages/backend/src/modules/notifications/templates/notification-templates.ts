import { announcementTemplate } from './announcement-template.ts'
import { appointmentTemplates } from './appointment-templates.ts'
import { assessmentTemplates } from './assessment-templates.ts'
import { inboxTemplates } from './inbox-templates.ts'
import { messageTemplates } from './message-templates.ts'
import type { NotificationTemplate } from './notification-template.ts'
import { paymentTemplates } from './payment-templates.ts'
import { profileReviewTemplates } from './profile-review-templates.ts'
import { safetyAlertTemplate } from './safety-alert-template.ts'

/**
 * Every template by the `templateKey` producers put in their notification.event jobs. An event
 * naming a key missing here is logged and dropped: retrying cannot make it readable.
 */
export const NOTIFICATION_TEMPLATES: Record<string, NotificationTemplate> = {
  announcement: announcementTemplate,
  safety_alert: safetyAlertTemplate,
  ...appointmentTemplates,
  ...paymentTemplates,
  ...messageTemplates,
  ...inboxTemplates,
  ...assessmentTemplates,
  ...profileReviewTemplates,
}
