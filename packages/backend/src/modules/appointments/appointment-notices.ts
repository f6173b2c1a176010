import type { AppointmentActor, NotificationCategory } from '@yektayar/shared'
import type { NotificationEvent } from '../../jobs/notification-event.ts'
import { tellAfterCommit } from '../../jobs/notification-producer.ts'
import type { AppointmentRow } from './appointment.repository.ts'
import type { CareDeps } from './care-deps.ts'

/** The notices of the appointment life cycle; texts live in the notifications module. */
export type AppointmentNotice = 'booked' | 'confirmed' | 'rescheduled' | 'cancelled' | 'reminder'

const CATEGORY: Record<AppointmentNotice, NotificationCategory> = {
  booked: 'appointment_booked',
  confirmed: 'appointment_confirmed',
  rescheduled: 'appointment_rescheduled',
  cancelled: 'appointment_cancelled',
  reminder: 'appointment_reminder',
}

/**
 * One notice about `row` for one person. `eventKey` defaults to `appointment:<id>:<kind>`; a
 * move or a reminder passes its own, as each time it happens is news of its own.
 */
export function appointmentNotice(
  row: AppointmentRow,
  kind: AppointmentNotice,
  recipientId: string,
  extra: { eventKey?: string; minutesBefore?: number } = {},
): NotificationEvent {
  const params: NotificationEvent['params'] = {
    appointmentId: row.id,
    startsAt: row.scheduledAt.toISOString(),
  }
  if (extra.minutesBefore !== undefined) params.minutesBefore = extra.minutesBefore
  return {
    eventKey: extra.eventKey ?? `appointment:${row.id}:${kind}`,
    recipientId,
    category: CATEGORY[kind],
    templateKey: `appointment.${kind}`,
    params,
    link: `/appointments/${row.id}`,
  }
}

/**
 * A confirmation: the psychologist hears a new appointment was booked, the patient that theirs
 * is confirmed. (A pending, unpaid hold tells nobody: it may never become an appointment.)
 */
export function tellConfirmed(deps: CareDeps, row: AppointmentRow): Promise<void> {
  const events: NotificationEvent[] = []
  if (row.psychologistId) events.push(appointmentNotice(row, 'booked', row.psychologistId))
  if (row.patientId) events.push(appointmentNotice(row, 'confirmed', row.patientId))
  return tellAfterCommit(deps.jobs, deps.log, events)
}

/**
 * A cancellation or a move is news to the other side: the psychologist hears what a patient
 * did, the patient what the psychologist did, and both what an admin did.
 */
export function tellOthers(
  deps: CareDeps,
  row: AppointmentRow,
  actor: AppointmentActor,
  kind: 'cancelled' | 'rescheduled',
): Promise<void> {
  const targets = [
    actor !== 'patient' ? row.patientId : null,
    actor !== 'psychologist' ? row.psychologistId : null,
  ].filter((id): id is string => Boolean(id))
  // Each move is its own news: the key names the new time.
  const eventKey =
    kind === 'rescheduled'
      ? `appointment:${row.id}:rescheduled:${row.scheduledAt.toISOString()}`
      : undefined
  return tellAfterCommit(
    deps.jobs,
    deps.log,
    targets.map((id) => appointmentNotice(row, kind, id, { eventKey })),
  )
}
