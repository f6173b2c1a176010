import { sweepAppointments } from './appointment-confirmation.ts'
import { workReminders } from './appointment-reminders.ts'
import type { CareDeps } from './care-deps.ts'

export const SWEEP_JOB = 'care.sweep'

/**
 * Every minute, on whichever instance picks it up: expired holds are released (bookings also
 * release them on the spot) and confirmations that nobody announced yet — e.g. a payment
 * confirmed inside another module's transaction — get their reminders and notices. Reminder
 * jobs run when they fall due (appointment-reminders.ts).
 */
export async function registerCareJobs(deps: CareDeps): Promise<void> {
  const jobs = deps.jobs
  if (!jobs) return
  await jobs.work(SWEEP_JOB, async () => {
    await sweepAppointments(deps)
  })
  await jobs.boss.schedule(SWEEP_JOB, '* * * * *')
  await workReminders(deps)
}
