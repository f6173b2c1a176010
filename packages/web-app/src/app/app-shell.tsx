import { AppFrame, type SessionPaths } from '@yektayar/ui'
import { lazy, Suspense } from 'react'
import { UpdatePrompt } from './pwa/update-prompt.tsx'

// Only signed-in people have sections to navigate, and the public first screen has a script
// budget (170 KB gzipped): both navigations arrive with the first signed-in page instead.
const MainNav = lazy(() => import('./main-nav.tsx').then(({ MainNav }) => ({ default: MainNav })))
const BottomNav = lazy(() =>
  import('./bottom-nav.tsx').then(({ BottomNav }) => ({ default: BottomNav })),
)

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
      nav={
        <Suspense fallback={null}>
          <MainNav />
        </Suspense>
      }
      bottomBar={
        <Suspense fallback={null}>
          <BottomNav />
        </Suspense>
      }
    >
      <UpdatePrompt />
    </AppFrame>
  )
}
