import type { NotificationTemplate } from './notification-template.ts'
import { BRAND, localized } from './template-format.ts'

/**
 * The outcome of a practice profile's verification review, to the psychologist.
 * `profile.changes_requested` carries `reason`, written by the reviewing staff member (never by
 * a patient) for the psychologist to act on; it is shown in-app and by email, and SMS and push
 * only say that there is something to look at.
 */
export const profileReviewTemplates: Record<string, NotificationTemplate> = {
  'profile.verified': {
    category: 'profile_review',
    render: () => ({
      title: localized((locale) => (locale === 'fa' ? 'پروفایل شما تأیید شد' : 'Profile verified')),
      body: localized((locale) =>
        locale === 'fa'
          ? 'پروفایل کاری شما تأیید شد و در فهرست روان‌شناسان یکتایار دیده می‌شود'
          : 'Your practice profile is verified and now shows in the YektaYar directory',
      ),
    }),
    discreetText(_params, context) {
      const text = context.locale === 'fa' ? 'پروفایل شما تأیید شد' : 'Your profile was verified'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
  'profile.changes_requested': {
    category: 'profile_review',
    render: (params) => {
      const reason = typeof params.reason === 'string' ? params.reason : ''
      return {
        title: localized((locale) =>
          locale === 'fa' ? 'پروفایل شما نیاز به اصلاح دارد' : 'Your profile needs changes',
        ),
        body: localized((locale) =>
          locale === 'fa'
            ? `پروفایل کاری شما هنوز تأیید نشده است: ${reason}`
            : `Your practice profile is not verified yet: ${reason}`,
        ),
      }
    },
    discreetText(_params, context) {
      const text =
        context.locale === 'fa'
          ? 'دربارهٔ پروفایل کاری‌تان پیامی دارید'
          : 'You have a message about your practice profile'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
}
