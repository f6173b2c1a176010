import type { AppointmentView } from '@yektayar/shared/types'

/** The room opens this long before the start, as the API's joinOpensAt says. */
export const JOIN_OPENS_BEFORE_MS = 10 * 60_000

/** The room link, from 10 minutes before the start until the end; null at any other time. */
export function joinLinkAt(appointment: AppointmentView, now: number): string | null {
  if (appointment.status !== 'confirmed' || !appointment.joinUrl) return null
  const opens = appointment.joinOpensAt
    ? Date.parse(appointment.joinOpensAt)
    : Date.parse(appointment.startsAt) - JOIN_OPENS_BEFORE_MS
  return now >= opens && now < Date.parse(appointment.endsAt) ? appointment.joinUrl : null
}
