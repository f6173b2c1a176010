import type { AppointmentView } from '@yektayar/shared'

/**
 * The title every calendar shows. Discreet on purpose: a phone's calendar is read over
 * shoulders and synced to shared accounts, so it names neither therapy nor the other person.
 */
const SUMMARY = { fa: 'جلسهٔ یکتایار', en: 'YektaYar session' }

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}

/** UTC date-time form, 20261206T103000Z (RFC 5545 §3.3.5, form #2). */
function utc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Lines longer than 75 octets fold onto continuation lines, never inside a character. */
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * One appointment as an iCalendar file (RFC 5545): times in UTC, a UID stable across
 * downloads so importing again updates the event, and a link back to the appointment page
 * instead of any clinical detail. A cancelled appointment downloads as a cancelled event.
 */
export function appointmentCalendar(
  view: AppointmentView,
  options: { publicUrl: string; language: 'fa' | 'en'; now?: Date },
): string {
  const link = `${options.publicUrl}/appointments/${view.id}`
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//YektaYar//Appointments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${view.id}@yektayar`,
    `DTSTAMP:${utc((options.now ?? new Date()).toISOString())}`,
    `DTSTART:${utc(view.startsAt)}`,
    `DTEND:${utc(view.endsAt)}`,
    `SUMMARY:${text(SUMMARY[options.language])}`,
    `DESCRIPTION:${text(link)}`,
    `URL:${link}`,
    `STATUS:${view.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
