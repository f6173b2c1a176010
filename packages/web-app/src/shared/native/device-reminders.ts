import { LocalNotifications } from '@capacitor/local-notifications'
import type { ReminderText } from './appointment-reminders.ts'
import { planReminders, type RemindedAppointment } from './reminder-plan.ts'

/** Marks our appointment reminders among whatever else is pending on the device. */
const KIND = 'appointment-reminder'

/** The native half of syncAppointmentReminders (loaded in the Android app only). */
export async function syncDeviceReminders(
  appointments: RemindedAppointment[],
  text: ReminderText,
): Promise<void> {
  const wanted = planReminders(appointments, new Date())
  const { notifications: pending } = await LocalNotifications.getPending()
  const ours = pending.filter((notification) => notification.extra?.kind === KIND)
  const wantedIds = new Set(wanted.map((reminder) => reminder.id))
  const stale = ours.filter((notification) => !wantedIds.has(notification.id))
  if (stale.length) {
    await LocalNotifications.cancel({ notifications: stale.map(({ id }) => ({ id })) })
  }
  // A pending one with the same id is the same appointment, start and lead time.
  const pendingIds = new Set(ours.map((notification) => notification.id))
  const missing = wanted.filter((reminder) => !pendingIds.has(reminder.id))
  if (!missing.length || !(await mayNotify())) return
  await LocalNotifications.schedule({
    notifications: missing.map((reminder) => ({
      id: reminder.id,
      ...text(reminder),
      schedule: { at: reminder.at, allowWhileIdle: true },
      extra: { kind: KIND, path: `/appointments/${reminder.appointmentId}` },
    })),
  })
}

/** Asks once (Android 13+ needs the person's yes); a no is respected until changed in Settings. */
async function mayNotify(): Promise<boolean> {
  const { display } = await LocalNotifications.checkPermissions()
  if (display === 'granted') return true
  if (display === 'denied') return false
  return (await LocalNotifications.requestPermissions()).display === 'granted'
}
