import { randomUUID } from 'node:crypto'
import type PgBoss from 'pg-boss'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { notifyWithinJob, withdrawNotifications } from '../../jobs/notification-event.ts'
import { runBatch } from '../../jobs/run-batch.ts'
import { type AppointmentRow, findAppointment } from './appointment.repository.ts'
import { noticesBeforeSession } from './appointment-hooks.ts'
import { appointmentNotice } from './appointment-notices.ts'
import type { CareDeps } from './care-deps.ts'

/**
 * Held until its time (startAfter), then re-reads the appointment: a reminder only goes out for
 * an appointment that is still confirmed and still starts when it did when the job was planned.
 * Cancelling and moving also withdraw these jobs; the re-read covers a withdrawal that failed
 * or raced the job.
 */
export const APPOINTMENT_REMINDER_JOB = 'appointment.reminder'

export interface AppointmentReminderJob {
  appointmentId: string
  /** The start this reminder was planned for (ISO). */
  startsAt: string
  minutesBefore: number
}

export interface PlannedReminder {
  id: string
  data: AppointmentReminderJob
  startAfter: Date
}

/**
 * The reminders still ahead of an appointment, at the times in force when it is confirmed or
 * moved (care.reminderMinutesBefore); reminders already planned keep their times.
 */
export function planReminders(deps: CareDeps, row: AppointmentRow, now: Date): PlannedReminder[] {
  return deps.care.reminderMinutesBefore.flatMap((minutesBefore) => {
    const startAfter = new Date(row.scheduledAt.getTime() - minutesBefore * 60_000)
    if (startAfter <= now) return []
    const data = {
      appointmentId: row.id,
      startsAt: row.scheduledAt.toISOString(),
      minutesBefore,
    }
    return [{ id: randomUUID(), data, startAfter }]
  })
}

/**
 * Queues planned reminders under their pre-chosen ids (stored on the appointment first, so they
 * can be withdrawn later). A failure is logged, not thrown: the booking itself already happened.
 */
export async function sendReminders(deps: CareDeps, planned: PlannedReminder[]): Promise<void> {
  if (!deps.jobs) return
  for (const reminder of planned) {
    try {
      await deps.jobs.send(APPOINTMENT_REMINDER_JOB, reminder.data, {
        id: reminder.id,
        startAfter: reminder.startAfter,
        retryLimit: 5,
        retryBackoff: true,
      })
    } catch (error) {
      deps.log.error({ err: error, job: reminder.id }, 'could not queue an appointment reminder')
    }
  }
}

/**
 * Withdraws an appointment's reminders (a reschedule or a cancellation): the jobs not yet run,
 * and the notices already made but still held back (an SMS waiting for quiet hours to end).
 */
export async function cancelReminders(
  deps: CareDeps,
  appointment: Pick<AppointmentRow, 'id' | 'patientId' | 'reminderJobIds'>,
): Promise<void> {
  if (!deps.jobs) return
  const ids = appointment.reminderJobIds
  try {
    if (ids.length > 0) await deps.jobs.boss.cancel(APPOINTMENT_REMINDER_JOB, ids)
    if (appointment.patientId)
      await withdrawNotifications(deps.jobs, {
        recipientId: appointment.patientId,
        eventKeyPrefix: `appointment:${appointment.id}:reminder:`,
      })
  } catch (error) {
    deps.log.error({ err: error, jobs: ids }, 'could not withdraw appointment reminders')
  }
}

/**
 * The job's run: tells the patient, unless the appointment was cancelled, moved or has already
 * begun, along with what other modules want them to have before it (noticesBeforeSession: the
 * questionnaires due). The event key names the start, so a moved appointment's reminders are
 * new events; each reminder asks again, and the key tells the patient once per session.
 * Answers whether the patient was told (in this run, or by a queued event where this instance
 * does not run the notifications engine); a failure throws, so pg-boss retries the job.
 */
export async function remindIfStillDue(
  deps: CareDeps,
  job: AppointmentReminderJob,
  now = new Date(),
): Promise<boolean> {
  const row = await findAppointment(deps.db, job.appointmentId)
  if (!deps.jobs || !row?.patientId || row.status !== 'confirmed') return false
  if (row.scheduledAt.toISOString() !== job.startsAt || row.scheduledAt <= now) return false
  const eventKey = `appointment:${row.id}:reminder:${job.minutesBefore}:${job.startsAt}`
  const notice = appointmentNotice(row, 'reminder', row.patientId, {
    eventKey,
    minutesBefore: job.minutesBefore,
  })
  await notifyWithinJob(deps.jobs, notice)
  await tellWhatIsDueBefore(deps.jobs, deps.db, row, job.startsAt)
  return true
}

/** What other modules want the patient to have before this session, told with its reminder. */
async function tellWhatIsDueBefore(
  jobs: JobQueue,
  db: Db,
  row: AppointmentRow,
  startsAt: string,
): Promise<void> {
  if (!row.patientId || !row.psychologistId) return
  const session = {
    appointmentId: row.id,
    patientId: row.patientId,
    psychologistId: row.psychologistId,
    startsAt,
  }
  for (const notice of await noticesBeforeSession.collect(db, session)) {
    await notifyWithinJob(jobs, {
      ...notice,
      recipientId: row.patientId,
      eventKey: `appointment:${row.id}:reminder:${notice.eventKey}:${startsAt}`,
    })
  }
}

/**
 * Reminders fall due in bursts (every 10:00 session's 24-hour reminder at 10:00 the day before):
 * large batches, 16 at a time. Each run mostly waits (the database, the SMS provider), so 16
 * delivered 10,000 in 37 s on the bench machine where 8 took 50 s, with the event loop's p99
 * still under 20 ms.
 */
const REMINDER_BATCH_SIZE = 100
const REMINDERS_AT_ONCE = 16

export async function workReminders(deps: CareDeps): Promise<void> {
  await deps.jobs?.work<AppointmentReminderJob>(
    APPOINTMENT_REMINDER_JOB,
    (jobs: PgBoss.Job<AppointmentReminderJob>[]) =>
      runBatch(jobs, REMINDERS_AT_ONCE, (job) => remindIfStillDue(deps, job.data)),
    { batchSize: REMINDER_BATCH_SIZE },
  )
}
