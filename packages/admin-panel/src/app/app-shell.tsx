import { AppFrame, type SessionPaths } from '@yektayar/ui'
import { IdleSignOut } from '../features/auth/components/idle-sign-out.tsx'
import { SignOutEverywhere } from '../features/auth/components/sign-out-everywhere.tsx'
import { AdminNav } from './admin-nav.tsx'

/** Every page but sign-in is staff only, so signing out goes straight back to sign-in. */
// Enrolment lives in the web app's settings, on the same origin and the same session cookie.
const SESSION_PATHS: SessionPaths = {
  signIn: '/sign-in',
  home: '/',
  signedOut: '/sign-in',
  totpSetup: { href: '/settings#two-step' },
}

export function AppShell() {
  return (
    <AppFrame sessionPaths={SESSION_PATHS} nav={<AdminNav />} headerActions={<SignOutEverywhere />}>
      <IdleSignOut />
    </AppFrame>
  )
}
