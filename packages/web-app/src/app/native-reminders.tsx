import { useSession } from '@yektayar/ui'
import { lazy, Suspense } from 'react'
import { isNativeApp } from '../shared/native/native-platform.ts'

const DeviceReminders = lazy(async () => ({
  default: (await import('../features/appointments/components/device-reminders.tsx'))
    .DeviceReminders,
}))

/** The Android app's appointment reminders, for the signed in; nothing on the web. */
export function NativeReminders() {
  const session = useSession()
  if (!isNativeApp() || !session.data) return null
  return (
    <Suspense fallback={null}>
      <DeviceReminders />
    </Suspense>
  )
}
