import type { NotificationTemplate } from './notification-template.ts'
import { BRAND, localized } from './template-format.ts'

/**
 * A psychologist asked their patient to fill in a questionnaire (`assessment.assigned`, params:
 * `assignmentId`), and, for one asked before every session, that it is due again before the next
 * one (`assessment.before_session`, params: `assignmentId`, `appointmentId`). No text names who
 * asked, the instrument or what it measures: a preview may be seen by anyone near the phone.
 */
export const assessmentTemplates: Record<string, NotificationTemplate> = {
  'assessment.assigned': {
    category: 'assessment_assigned',
    render: () => ({
      title: localized((locale) => (locale === 'fa' ? 'پرسش‌نامهٔ تازه' : 'A new questionnaire')),
      body: localized((locale) =>
        locale === 'fa'
          ? 'پرسش‌نامه‌ای برای پر کردن در یکتایار دارید'
          : 'You have a questionnaire to fill in on YektaYar',
      ),
    }),
    discreetText(_params, context) {
      const text =
        context.locale === 'fa'
          ? 'یک درخواست تازه در برنامه دارید'
          : 'You have a new request in the app'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
  'assessment.before_session': {
    category: 'assessment_assigned',
    render: () => ({
      title: localized((locale) =>
        locale === 'fa' ? 'پیش از جلسهٔ بعدی' : 'Before your next session',
      ),
      body: localized((locale) =>
        locale === 'fa'
          ? 'پیش از جلسهٔ بعدی، پرسش‌نامه‌ای برای پر کردن در یکتایار دارید'
          : 'Before your next session, you have a questionnaire to fill in on YektaYar',
      ),
    }),
    discreetText(_params, context) {
      const text =
        context.locale === 'fa' ? 'یک درخواست در برنامه دارید' : 'You have a request in the app'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
}
