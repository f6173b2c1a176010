import { describe, expect, it } from 'vitest'
import { CARE_TEMPLATE_KEYS, renderCareMessage } from './care-messages.ts'

const params = {
  appointmentId: '00000000-0000-4000-8000-000000000000',
  startsAt: '2026-12-05T14:30:00Z',
  timeZone: 'Asia/Tehran',
}
const REVEALING = /روان|درمان|مشاوره|therap|psych|counsel|clinic/i

describe('care notification texts', () => {
  it.each(CARE_TEMPLATE_KEYS)('%s is discreet in both languages', (key) => {
    for (const locale of ['fa', 'en'] as const) {
      const { subject, text } = renderCareMessage(key, params, locale)
      expect(`${subject} ${text}`).not.toMatch(REVEALING)
      expect(text).toMatch(/YektaYar|یکتایار/)
    }
  })

  it('states the time in the recipient zone, Solar Hijri with Persian digits in fa', () => {
    const fa = renderCareMessage('appointment.reminder_24h', params, 'fa').text
    expect(fa).toContain('۱۸:۰۰')
    expect(fa).toContain('آذر')
    const en = renderCareMessage(
      'appointment.reminder_24h',
      { ...params, timeZone: 'America/Toronto' },
      'en',
    )
    expect(en.text).toContain('09:30')
    expect(en.text).toContain('December')
  })
})
