import { NOTIFICATION_CATEGORIES, SPECIALTIES } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import type { NotificationParams } from '../../../jobs/notification-event.ts'
import { appointmentTemplates } from './appointment-templates.ts'
import { assessmentTemplates } from './assessment-templates.ts'
import { inboxTemplates } from './inbox-templates.ts'
import { messageTemplates } from './message-templates.ts'
import type { NotificationTemplate } from './notification-template.ts'
import { paymentTemplates } from './payment-templates.ts'

const templates: Record<string, NotificationTemplate> = {
  ...appointmentTemplates,
  ...paymentTemplates,
  ...messageTemplates,
  ...inboxTemplates,
  ...assessmentTemplates,
}

// 09:00 in Tehran on Tuesday 17 Azar 1405 (8 December 2026).
const STARTS_AT = '2026-12-08T05:30:00.000Z'
const ID = '00000000-0000-4000-8000-000000000001'
const PARAMS: Record<string, NotificationParams> = {
  'appointment.booked': { appointmentId: ID, startsAt: STARTS_AT },
  'appointment.confirmed': { appointmentId: ID, startsAt: STARTS_AT },
  'appointment.rescheduled': { appointmentId: ID, startsAt: STARTS_AT },
  'appointment.cancelled': { appointmentId: ID, startsAt: STARTS_AT },
  'appointment.reminder': { appointmentId: ID, startsAt: STARTS_AT, minutesBefore: 1440 },
  'payment.receipt': { transactionId: ID, amountIrr: 25_000_000 },
  'payment.refund': { transactionId: ID, amountIrr: 25_000_000 },
  'message.digest': { threadId: ID, unreadCount: 3 },
  'inbox.assigned': { threadId: ID },
  'assessment.assigned': { assignmentId: ID },
  'assessment.before_session': { assignmentId: ID, appointmentId: ID },
}

/** What a lock screen or a shared SMS inbox must never show (DESIGN §11). */
const FORBIDDEN = [
  /psycholog/i,
  /روان/,
  /clinic/i,
  /therap/i,
  /counsel/i,
  /مشاوره/,
  /درمان/,
  /کلینیک/,
  /مطب/,
  /diagnos/i,
  /تشخیص/,
  ...SPECIALTIES.map((id) => new RegExp(id.replace(/_/g, '[ _-]?'), 'i')),
  /اضطراب|افسردگی|زوج|کودک|تروما|سوگ|اعتیاد|وسواس|استرس|عزت|اختلال|بیش‌فعالی/,
]

const zones = ['Asia/Tehran', 'Europe/Berlin']
const locales = ['fa', 'en'] as const

describe('notification templates', () => {
  it('cover every key the producers queue, with a known category', () => {
    expect(Object.keys(templates).sort()).toEqual(Object.keys(PARAMS).sort())
    for (const template of Object.values(templates)) {
      expect(NOTIFICATION_CATEGORIES).toContain(template.category)
    }
  })

  it.each(Object.keys(PARAMS))(
    '%s: SMS/push text names no purpose, specialty or diagnosis',
    (key) => {
      const template = templates[key] as NotificationTemplate
      for (const timeZone of zones) {
        for (const locale of locales) {
          for (const discreet of [false, true]) {
            const text = template.discreetText(PARAMS[key] ?? {}, { timeZone, discreet, locale })
            expect(text.length).toBeGreaterThan(0)
            for (const word of FORBIDDEN) expect(text).not.toMatch(word)
            const brand = locale === 'fa' ? 'یکتایار' : 'YektaYar'
            // Discreet mode drops even the app's name; otherwise the name is the only one said.
            if (discreet) expect(text).not.toContain(brand)
            else expect(text).toContain(brand)
          }
          for (const token of template.smsTokens?.(PARAMS[key] ?? {}, {
            timeZone,
            discreet: false,
            locale,
          }) ?? []) {
            expect(token).not.toMatch(/\s/)
            expect(token.length).toBeGreaterThan(0)
          }
        }
        const { title, body } = template.render(PARAMS[key] ?? {}, { timeZone, discreet: false })
        for (const text of [title.fa, title.en, body.fa, body.en]) {
          expect(text.length).toBeGreaterThan(0)
          for (const word of FORBIDDEN) expect(text).not.toMatch(word)
        }
        expect(`${title.fa} ${body.fa}`).not.toMatch(/[A-Za-z0-9]/)
      }
    },
  )

  it.each(Object.keys(appointmentTemplates))('%s in discreet mode says only the time', (key) => {
    const template = appointmentTemplates[key] as NotificationTemplate
    const params = PARAMS[key] ?? {}
    const tehran = { timeZone: 'Asia/Tehran', discreet: true }
    expect(template.discreetText(params, { ...tehran, locale: 'fa' })).toBe('سه‌شنبه ۱۷ آذر، ۰۹:۰۰')
    expect(template.discreetText(params, { ...tehran, locale: 'en' })).toBe(
      'Tuesday 8 December, 09:00',
    )
  })

  it('states appointment times in the recipient zone, Solar Hijri with Persian digits in fa', () => {
    const reminder = appointmentTemplates['appointment.reminder'] as NotificationTemplate
    const params = PARAMS['appointment.reminder'] ?? {}
    const tehran = { timeZone: 'Asia/Tehran', discreet: false }
    expect(reminder.discreetText(params, { ...tehran, locale: 'fa' })).toBe(
      'یادآوری: قرار شما سه‌شنبه ۱۷ آذر، ۰۹:۰۰ است — یکتایار',
    )
    expect(reminder.discreetText(params, { ...tehran, locale: 'en' })).toBe(
      'Reminder: you have an appointment on Tuesday 8 December, 09:00 — YektaYar',
    )
    // The same instant for someone in Toronto is just after their midnight.
    const toronto = { timeZone: 'America/Toronto', discreet: false }
    expect(reminder.render(params, toronto).body.en).toContain('Tuesday 8 December, 00:30')
    expect(reminder.render(params, toronto).body.fa).toContain('۱۷ آذر، ۰۰:۳۰')
    expect(reminder.smsTokens?.(params, { ...tehran, locale: 'fa' })).toEqual([
      '۱۴۰۵/۰۹/۱۷',
      '۰۹:۰۰',
    ])
    expect(reminder.smsTokens?.(params, { ...tehran, locale: 'en' })).toEqual([
      '2026-12-08',
      '09:00',
    ])
  })

  it('states amounts in toman with the locale’s digits', () => {
    const refund = paymentTemplates['payment.refund'] as NotificationTemplate
    const params = PARAMS['payment.refund'] ?? {}
    const context = { timeZone: 'Asia/Tehran', discreet: false }
    expect(refund.discreetText(params, { ...context, locale: 'fa' })).toBe(
      'بازپرداخت ۲٬۵۰۰٬۰۰۰ تومان انجام شد و بسته به بانک، تا چند روز کاری به حساب شما می‌رسد — یکتایار',
    )
    expect(refund.render(params, context).body.en).toContain('2,500,000 toman')
    expect(refund.smsTokens?.(params, { ...context, locale: 'fa' })).toEqual(['۲٬۵۰۰٬۰۰۰'])
  })
})
