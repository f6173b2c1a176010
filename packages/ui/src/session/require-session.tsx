import type { SessionInfo } from '@yektayar/shared'
import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { ErrorState } from '../components/error-state.tsx'
import { LoadingState } from '../components/loading-state.tsx'
import { useSession } from './api/session.ts'
import { useSessionPaths } from './session-paths.tsx'
import { TotpSetupFirst } from './totp-setup-first.tsx'

export interface RequireSessionProps {
  /** Only these kinds of account may open the pages below. */
  types?: SessionInfo['user']['type'][]
  /** A finer rule than `types`, e.g. the admin panel's staff-only check. */
  allows?: (session: SessionInfo) => boolean
  /** Shown to someone the rules turn away; without it they are sent to their home page. */
  denied?: ReactNode
  children?: ReactNode
}

const admitted = (session: SessionInfo, { types, allows }: RequireSessionProps) =>
  (!types || types.includes(session.user.type)) && (!allows || allows(session))

/**
 * Layout route for every page that needs a signed-in person: while the session is asked for it
 * shows the loading state; signed out, it goes to sign-in and comes back here afterwards.
 */
export function RequireSession(props: RequireSessionProps) {
  const session = useSession()
  const location = useLocation()
  const paths = useSessionPaths()
  // A session already known (kept offline, or asked for earlier) stands while a new answer fails
  // to come: offline or with the server away, the person stays on their page.
  if (session.data === undefined) {
    if (session.isError)
      return <ErrorState error={session.error} onRetry={() => session.refetch()} />
    return <LoadingState />
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`${paths.signIn}?next=${encodeURIComponent(next)}`} replace />
  }
  if (!admitted(session.data, props)) return props.denied ?? <Navigate to={paths.home} replace />
  if (session.data.totpSetupRequired && location.pathname !== paths.totpSetup?.path) {
    return <TotpSetupFirst href={paths.totpSetup?.href} />
  }
  return props.children ?? <Outlet />
}
