import { formatDateTime, useLanguage, useTranslation } from '@yektayar/ui'
import { useEffect } from 'react'
import { syncAppointmentReminders } from '../../../shared/native/appointment-reminders.ts'
import { itemsOf, useAppointmentList } from '../api/appointments.ts'

// Reminders name the time as the phone shows it: they are read on that phone.
const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * Keeps the Android app's local reminders in step with the person's upcoming appointments:
 * whenever the list changes (booked, moved, cancelled, refetched), and none once signed out.
 * Mounted by the app shell in the Android app only (app/native-reminders.tsx).
 */
export function DeviceReminders() {
  const upcoming = useAppointmentList('upcoming')
  const language = useLanguage()
  const { t } = useTranslation()
  const data = upcoming.data

  useEffect(() => {
    if (!data) return
    void syncAppointmentReminders(itemsOf(data), (reminder) => ({
      title: t('native.reminders.title'),
      body: t('native.reminders.body', {
        when: formatDateTime(reminder.startsAt, language, { timeZone: deviceTimeZone() }),
      }),
    })).catch(() => undefined)
  }, [data, language, t])

  useEffect(() => () => void syncAppointmentReminders([], () => ({ title: '', body: '' })), [])
  return null
}
