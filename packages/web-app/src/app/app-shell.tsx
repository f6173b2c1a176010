import { AppFrame, type SessionPaths } from '@yektayar/ui'
import { SafetyLayer } from '../shared/safety/safety-layer.tsx'
import { BottomNav } from './bottom-nav.tsx'
import { HeaderBell } from './header-bell.tsx'
import { HelpNowButton } from './help-now-button.tsx'
import { MainNav } from './main-nav.tsx'
import { NativeReminders } from './native-reminders.tsx'
import { UpdatePrompt } from './pwa/update-prompt.tsx'

/** Signed-in people start on their dashboard; signing out leaves them on the public home page. */
const SESSION_PATHS: SessionPaths = {
  signIn: '/sign-in',
  home: '/dashboard',
  signedOut: '/',
  totpSetup: { href: '/settings#two-step', path: '/settings' },
}

export function AppShell() {
  return (
    <AppFrame
      sessionPaths={SESSION_PATHS}
      headerActions={
        <>
          <HelpNowButton />
          <HeaderBell />
        </>
      }
      nav={<MainNav />}
      bottomBar={<BottomNav />}
    >
      <UpdatePrompt />
      <SafetyLayer />
      <NativeReminders />
    </AppFrame>
  )
}
