import type { Locale } from '../../lib/app-error.ts'

/**
 * Texts of the care notifications, rendered by whoever works `notification.send` jobs. They are
 * deliberately discreet: an SMS preview or a shared inbox shows only "YektaYar" and an
 * "appointment" — never therapy, psychology, a clinician's name or a diagnosis.
 */
export const CARE_TEMPLATE_KEYS = [
  'appointment.reminder_24h',
  'appointment.reminder_1h',
  'appointment.booked',
  'appointment.cancelled',
  'appointment.rescheduled',
] as const
export type CareTemplateKey = (typeof CARE_TEMPLATE_KEYS)[number]

export interface CareMessageParams {
  appointmentId: string
  startsAt: string
  /** The recipient's zone, so the time reads as their local time. */
  timeZone: string
}

export interface RenderedMessage {
  subject: string
  text: string
}

const SUBJECT: Record<Locale, string> = { fa: 'یادآوری یکتایار', en: 'YektaYar reminder' }

const TEXT: Record<CareTemplateKey, Record<Locale, (when: string) => string>> = {
  'appointment.reminder_24h': {
    fa: (when) => `یکتایار: یادآوری قرار شما در ${when}.`,
    en: (when) => `YektaYar: a reminder of your appointment on ${when}.`,
  },
  'appointment.reminder_1h': {
    fa: (when) => `یکتایار: قرار شما یک ساعت دیگر، ${when}، آغاز می‌شود.`,
    en: (when) => `YektaYar: your appointment starts in one hour (${when}).`,
  },
  'appointment.booked': {
    fa: (when) => `یکتایار: نوبت تازه‌ای برای ${when} ثبت شد.`,
    en: (when) => `YektaYar: a new appointment was booked for ${when}.`,
  },
  'appointment.cancelled': {
    fa: (when) => `یکتایار: قرار ${when} لغو شد.`,
    en: (when) => `YektaYar: the appointment on ${when} was cancelled.`,
  },
  'appointment.rescheduled': {
    fa: (when) => `یکتایار: زمان قرار شما به ${when} تغییر کرد.`,
    en: (when) => `YektaYar: your appointment was moved to ${when}.`,
  },
}

/** Persian uses the Solar Hijri calendar and Persian digits; English the Gregorian one. */
export function formatWhen(iso: string, timeZone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return format.format(new Date(iso))
}

export function renderCareMessage(
  key: CareTemplateKey,
  params: CareMessageParams,
  locale: Locale,
): RenderedMessage {
  const when = formatWhen(params.startsAt, params.timeZone, locale)
  return { subject: SUBJECT[locale], text: TEXT[key][locale](when) }
}
