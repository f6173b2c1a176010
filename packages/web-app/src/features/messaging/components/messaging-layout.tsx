import { LoadingState, useSession } from '@yektayar/ui'
import { Outlet } from 'react-router'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useLiveMessaging } from '../realtime/use-live-messaging.ts'

/**
 * Around every messaging screen: the live connection feeding the query cache, and dates in the
 * reader's own zone. RequireSession above guarantees a session.
 */
export function MessagingLayout() {
  const session = useSession()
  const userId = session.data?.user.id
  if (!userId) return <LoadingState />
  return <Live userId={userId} />
}

function Live({ userId }: { userId: string }) {
  useLiveMessaging(userId)
  return (
    <ViewerTimeZone>
      <Outlet />
    </ViewerTimeZone>
  )
}
