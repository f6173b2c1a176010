import type { NotificationTemplate } from './notification-template.ts'

/**
 * A safety alert for on-call staff (DESIGN §11): it bypasses quiet hours and every switch. Its
 * details stay in the app behind sign-in; no channel that others may see names the person or
 * the risk.
 */
export const safetyAlertTemplate: NotificationTemplate = {
  category: 'safety_alert',
  render: () => ({
    title: { fa: 'هشدار ایمنی', en: 'Safety alert' },
    body: {
      fa: 'یک هشدار ایمنی همین حالا به رسیدگی شما نیاز دارد. برای جزئیات یکتایار را باز کنید.',
      en: 'A safety alert needs your attention now. Open YektaYar for the details.',
    },
  }),
  discreetText: (_params, { locale }) =>
    locale === 'fa'
      ? 'یکتایار: لطفاً همین حالا برنامه را باز کنید.'
      : 'YektaYar: please open the app now.',
}
