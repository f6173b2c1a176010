import {
  AppFrame,
  type Language,
  localizeDigits,
  type SessionPaths,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { lazy, Suspense } from 'react'
import { UpdatePrompt } from './pwa/update-prompt.tsx'

// Only signed-in people have sections to navigate, and the public first screen has a script
// budget (170 KB gzipped): both navigations arrive with the first signed-in page instead.
const MainNav = lazy(() => import('./main-nav.tsx').then(({ MainNav }) => ({ default: MainNav })))
const BottomNav = lazy(() =>
  import('./bottom-nav.tsx').then(({ BottomNav }) => ({ default: BottomNav })),
)

/**
 * The footer's year, Jalali in fa. Plain arithmetic rather than Intl: the first Intl formatter a
 * page creates loads the locale data, tens of milliseconds of main thread on a phone, and the
 * home and sign-in pages need no other. The Jalali year starts at Nowruz, 20 or 21 March; on
 * 20 March of some years this still shows the old year for a day, which a copyright line can bear.
 */
export function footerYear(language: Language, now = new Date()): string {
  const year = now.getFullYear()
  if (language === 'en') return String(year)
  const afterNowruz = now.getMonth() > 2 || (now.getMonth() === 2 && now.getDate() >= 21)
  return localizeDigits(String(afterNowruz ? year - 621 : year - 622), 'fa')
}

/** Signed-in people start on their dashboard; signing out leaves them on the public home page. */
const SESSION_PATHS: SessionPaths = {
  signIn: '/sign-in',
  home: '/dashboard',
  signedOut: '/',
  totpSetup: { href: '/settings#two-step', path: '/settings' },
}

export function AppShell() {
  const { t } = useTranslation()
  const year = footerYear(useLanguage())
  return (
    <AppFrame
      tagline={t('shell.tagline')}
      homeLabel={t('shell.home')}
      footer={t('shell.footer', { year })}
      sessionPaths={SESSION_PATHS}
      notices={{ signedIn: t('shell.notices.signedIn') }}
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
