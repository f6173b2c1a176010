import { useSession } from '@yektayar/ui'
import { lazy, Suspense } from 'react'

// Its own chunk with the socket client it listens on: the first screen's budget stays for the
// page, and visitors (no bell) never download it.
const NotificationBell = lazy(async () => ({
  default: (await import('../features/notifications/components/notification-bell.tsx'))
    .NotificationBell,
}))

/** The notification bell, for the signed in; its place is held while its code loads. */
export function HeaderBell() {
  const session = useSession()
  if (!session.data) return null
  return (
    <Suspense fallback={<span aria-hidden="true" className="size-10 shrink-0" />}>
      <NotificationBell />
    </Suspense>
  )
}
