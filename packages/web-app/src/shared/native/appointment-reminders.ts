import { isNativeApp } from './native-platform.ts'
import type { PlannedReminder, RemindedAppointment } from './reminder-plan.ts'

export type { RemindedAppointment }

/** The words of one reminder; the caller's language, and only the time (discreet on a lock screen). */
export type ReminderText = (reminder: PlannedReminder) => { title: string; body: string }

/**
 * Keeps the device's appointment reminders in step with the person's upcoming appointments:
 * schedules the missing ones and cancels those no longer valid (cancelled, moved, past). In the
 * Android app only: local notifications, since Firebase push does not reach Iran (DESIGN §10).
 * The web has its own reminders (SMS, Web Push) and does nothing here.
 */
export async function syncAppointmentReminders(
  appointments: RemindedAppointment[],
  text: ReminderText,
): Promise<void> {
  if (!isNativeApp()) return
  const { syncDeviceReminders } = await import('./device-reminders.ts')
  await syncDeviceReminders(appointments, text)
}
