import { ErrorState, LoadingState } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { type SessionInfo, useSession } from './api/session.ts'

export interface RequireSessionProps {
  /** Only these kinds of account may open the pages below; others are sent to their home. */
  types?: SessionInfo['user']['type'][]
  children?: ReactNode
}

/**
 * Layout route for every page that needs a signed-in person: while the session is asked for it
 * shows the loading state; signed out, it goes to sign-in and comes back here afterwards.
 */
export function RequireSession({ types, children }: RequireSessionProps) {
  const session = useSession()
  const location = useLocation()
  if (session.isPending) return <LoadingState />
  if (session.isError) return <ErrorState error={session.error} onRetry={() => session.refetch()} />
  if (!session.data) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  if (types && !types.includes(session.data.user.type)) return <Navigate to="/dashboard" replace />
  return children ?? <Outlet />
}

/** Only local paths may be a `next`: an open redirect would let a link send people anywhere. */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null
  return next
}
