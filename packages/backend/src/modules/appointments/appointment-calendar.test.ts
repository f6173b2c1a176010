import type { AppointmentView } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { appointmentCalendar } from './appointment-calendar.ts'

const view = {
  id: '44444444-4444-4444-8444-444444444444',
  status: 'confirmed',
  startsAt: '2026-03-03T06:30:00.000Z',
  endsAt: '2026-03-03T07:20:00.000Z',
  psychologist: { id: 'p', name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' } },
  patient: { id: 'q', name: { fa: 'سارا', en: 'Sara' } },
} as AppointmentView

const file = (overrides: Partial<AppointmentView> = {}, language: 'fa' | 'en' = 'fa') =>
  appointmentCalendar(
    { ...view, ...overrides },
    { publicUrl: 'https://yektayar.example', language, now: new Date('2026-03-01T08:00:00Z') },
  )

describe('appointment calendar file', () => {
  it('is an RFC 5545 event in UTC with a stable UID and CRLF lines', () => {
    const ics = file()
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics).toContain('\r\nUID:44444444-4444-4444-8444-444444444444@yektayar\r\n')
    expect(ics).toContain('\r\nDTSTART:20260303T063000Z\r\n')
    expect(ics).toContain('\r\nDTEND:20260303T072000Z\r\n')
    expect(ics).toContain('\r\nDTSTAMP:20260301T080000Z\r\n')
    expect(ics).toContain('\r\nSTATUS:CONFIRMED\r\n')
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  })

  it('is discreet: no names, no clinic, only a neutral title and a link back', () => {
    const ics = file()
    expect(ics).toContain('SUMMARY:جلسهٔ یکتایار')
    expect(file({}, 'en')).toContain('SUMMARY:YektaYar session')
    expect(ics).toContain('URL:https://yektayar.example/appointments/44444444-')
    for (const secret of ['مریم', 'Maryam', 'سارا', 'روان', 'psych']) {
      expect(ics).not.toContain(secret)
    }
  })

  it('marks a cancelled appointment cancelled, so a re-import updates the event', () => {
    expect(file({ status: 'cancelled' })).toContain('\r\nSTATUS:CANCELLED\r\n')
  })
})
