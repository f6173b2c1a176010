import type { NotificationTemplate } from './notification-template.ts'
import { BRAND, localized } from './template-format.ts'

/**
 * A department conversation was assigned to a staff member. Params: `threadId` only — the
 * thread's title and department may say what the person wrote in about.
 */
export const inboxTemplates: Record<string, NotificationTemplate> = {
  'inbox.assigned': {
    category: 'inbox_assignment',
    render: () => ({
      title: localized((locale) => (locale === 'fa' ? 'گفتگوی تازه برای شما' : 'Assigned to you')),
      body: localized((locale) =>
        locale === 'fa'
          ? 'گفتگویی در صندوق پیام‌ها به شما سپرده شد'
          : 'A conversation in the inbox was assigned to you',
      ),
    }),
    discreetText(_params, context) {
      const text =
        context.locale === 'fa' ? 'گفتگویی به شما سپرده شد' : 'A conversation was assigned to you'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
}
