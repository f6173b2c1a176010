import {
  AccountAction,
  BrandMark,
  type Language,
  LanguageSwitch,
  localizeDigits,
  type SessionPaths,
  SessionPathsProvider,
  ThemeSwitch,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, Outlet, useNavigation } from 'react-router'
import { FlashNotice } from './flash-notice.tsx'
import { MainNav } from './main-nav.tsx'
import { OfflineNotice } from './pwa/offline-notice.tsx'
import { UpdatePrompt } from './pwa/update-prompt.tsx'

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
const SESSION_PATHS: SessionPaths = { signIn: '/sign-in', home: '/dashboard', signedOut: '/' }

export function AppShell() {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigating = useNavigation().state !== 'idle'
  const year = footerYear(language)
  return (
    <SessionPathsProvider paths={SESSION_PATHS}>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-20 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2"
        >
          {t('shell.skipToContent')}
        </a>
        {/* Lazy pages keep the old one on screen while loading; this says something is coming. */}
        <div
          aria-hidden="true"
          className={`fixed inset-x-0 top-0 z-30 h-1 bg-primary transition-opacity ${navigating ? 'opacity-100 motion-safe:animate-pulse' : 'opacity-0'}`}
        />
        <header className="border-b border-line bg-surface/80 backdrop-blur">
          <div className="mx-auto flex w-full max-w-6xl items-center justify-between gap-3 px-4 py-3">
            <Link to="/" className="flex items-center gap-2.5" aria-label={t('shell.home')}>
              <BrandMark />
              <span className="flex flex-col leading-tight">
                <span className="text-lg font-extrabold text-ink">{t('shell.brand')}</span>
                <span className="hidden text-xs text-ink-muted sm:block">{t('shell.tagline')}</span>
              </span>
            </Link>
            <nav className="flex items-center gap-2">
              <LanguageSwitch />
              <ThemeSwitch />
              <AccountAction />
            </nav>
          </div>
        </header>
        <MainNav />
        <OfflineNotice />
        <FlashNotice />
        <main id="main" className="flex-1">
          <Outlet />
        </main>
        <footer className="border-t border-line py-8 text-center text-sm text-ink-muted">
          {t('shell.footer', { year })}
        </footer>
        <UpdatePrompt />
      </div>
    </SessionPathsProvider>
  )
}
