/** An appointment as reminders need it: when it starts, and whether it will take place. */
export interface RemindedAppointment {
  id: string
  startsAt: string
  status: string
}

export interface PlannedReminder {
  /**
   * Stable for one appointment, start and lead time, so planning again finds the same
   * notification, and a moved appointment's old reminders no longer match.
   */
  id: number
  appointmentId: string
  at: Date
  /** Start of the appointment, for the text. */
  startsAt: Date
  leadMinutes: number
}

/** As the server's SMS reminders (APPOINTMENT_REMINDER_MINUTES' default): a day and an hour. */
export const REMINDER_LEAD_MINUTES = [24 * 60, 60] as const

/**
 * The reminders the device should hold for these appointments: before each confirmed one that
 * has not started, at each lead time still ahead of `now`.
 */
export function planReminders(appointments: RemindedAppointment[], now: Date): PlannedReminder[] {
  return appointments
    .filter((appointment) => appointment.status === 'confirmed')
    .flatMap((appointment) => {
      const startsAt = new Date(appointment.startsAt)
      return REMINDER_LEAD_MINUTES.map((leadMinutes) => ({
        id: reminderId(appointment.id, appointment.startsAt, leadMinutes),
        appointmentId: appointment.id,
        at: new Date(startsAt.getTime() - leadMinutes * 60_000),
        startsAt,
        leadMinutes,
      }))
    })
    .filter((reminder) => reminder.at > now)
}

/**
 * Android notification ids are 32-bit integers: a hash (FNV-1a) of the appointment, its start
 * and the lead time, kept positive. A collision between two of one person's appointments is improbable, and
 * would cost one reminder, never show a wrong one (the text is planned with the id).
 */
export function reminderId(appointmentId: string, startsAt: string, leadMinutes: number): number {
  let hash = 0x811c9dc5
  for (const char of `${appointmentId}@${new Date(startsAt).toISOString()}:${leadMinutes}`) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash & 0x7fffffff
}
