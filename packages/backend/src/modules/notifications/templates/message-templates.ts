import type { NotificationTemplate } from './notification-template.ts'
import { BRAND, localized, numberParam } from './template-format.ts'

/**
 * New messages while the person was away. Params: `threadId` and `unreadCount`; never the
 * text, the sender or the thread's title, which may say what the conversation is about.
 */
export const messageTemplates: Record<string, NotificationTemplate> = {
  'message.digest': {
    category: 'message_digest',
    render: (params) => {
      const count = numberParam(params, 'unreadCount')
      return {
        title: localized((locale) => (locale === 'fa' ? 'پیام تازه' : 'New messages')),
        body: {
          fa: `${count.toLocaleString('fa-IR')} پیام خوانده‌نشده در یک گفتگو دارید`,
          en:
            count === 1
              ? 'You have 1 unread message in a conversation'
              : `You have ${count} unread messages in a conversation`,
        },
      }
    },
    discreetText(_params, context) {
      const text = context.locale === 'fa' ? 'پیام تازه‌ای دارید' : 'You have a new message'
      return context.discreet ? text : `${text} — ${BRAND[context.locale]}`
    },
  },
}
