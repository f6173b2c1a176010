import type { NotificationCategory } from '@yektayar/shared'
import type { NotificationParams } from '../../../jobs/notification-event.ts'
import type { Locale } from '../../../lib/app-error.ts'
import type { NotificationTemplate, TemplateContext } from './notification-template.ts'
import { BRAND, formatWhen, localized, stringParam, whenTokens } from './template-format.ts'

/**
 * Appointment notices. Params: `appointmentId` and `startsAt` (ISO, the appointment's start);
 * reminders also `minutesBefore`. Every text says "appointment" and a time, never a clinician,
 * a specialty or what the appointment is for: an SMS preview or a shared inbox may be seen by
 * anyone. In discreet mode the SMS and push carry nothing but the time.
 */
interface AppointmentWording {
  category: NotificationCategory
  title: Record<Locale, string>
  /** The sentence around the formatted time. */
  body: Record<Locale, (when: string) => string>
}

function appointmentTemplate(wording: AppointmentWording): NotificationTemplate {
  const when = (params: NotificationParams, context: TemplateContext, locale: Locale) =>
    formatWhen(stringParam(params, 'startsAt'), context.timeZone, locale)
  return {
    category: wording.category,
    render: (params, context) => ({
      title: localized((locale) => wording.title[locale]),
      body: localized((locale) => wording.body[locale](when(params, context, locale))),
    }),
    discreetText(params, context) {
      const time = when(params, context, context.locale)
      if (context.discreet) return time
      return `${wording.body[context.locale](time)} — ${BRAND[context.locale]}`
    },
    smsTokens: (params, context) =>
      whenTokens(stringParam(params, 'startsAt'), context.timeZone, context.locale),
  }
}

export const appointmentTemplates: Record<string, NotificationTemplate> = {
  /** To the psychologist, once the appointment is confirmed (paid, or free). */
  'appointment.booked': appointmentTemplate({
    category: 'appointment_booked',
    title: { fa: 'قرار تازه', en: 'New appointment' },
    body: {
      fa: (when) => `قرار تازه‌ای برای ${when} ثبت شد`,
      en: (when) => `A new appointment was booked for ${when}`,
    },
  }),
  /** To the patient, once the appointment is confirmed. */
  'appointment.confirmed': appointmentTemplate({
    category: 'appointment_confirmed',
    title: { fa: 'قرار شما قطعی شد', en: 'Appointment confirmed' },
    body: {
      fa: (when) => `قرار شما برای ${when} قطعی شد`,
      en: (when) => `Your appointment on ${when} is confirmed`,
    },
  }),
  /** To whoever did not move it; `startsAt` is the new time. */
  'appointment.rescheduled': appointmentTemplate({
    category: 'appointment_rescheduled',
    title: { fa: 'زمان قرار تغییر کرد', en: 'Appointment moved' },
    body: {
      fa: (when) => `زمان قرار شما به ${when} تغییر کرد`,
      en: (when) => `Your appointment was moved to ${when}`,
    },
  }),
  /** To whoever did not cancel it; `startsAt` is the time it would have been. */
  'appointment.cancelled': appointmentTemplate({
    category: 'appointment_cancelled',
    title: { fa: 'قرار لغو شد', en: 'Appointment cancelled' },
    body: {
      fa: (when) => `قرار ${when} لغو شد`,
      en: (when) => `The appointment on ${when} was cancelled`,
    },
  }),
  /**
   * To the patient, `minutesBefore` ahead. The text names the start time rather than "in one
   * hour": quiet hours may hold an SMS back, and a stated time stays true.
   */
  'appointment.reminder': appointmentTemplate({
    category: 'appointment_reminder',
    title: { fa: 'یادآوری قرار', en: 'Appointment reminder' },
    body: {
      fa: (when) => `یادآوری: قرار شما ${when} است`,
      en: (when) => `Reminder: you have an appointment on ${when}`,
    },
  }),
}
