import {
  AccountAction,
  BrandMark,
  LanguageSwitch,
  type SessionPaths,
  SessionPathsProvider,
  ThemeSwitch,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, Outlet, useNavigation } from 'react-router'
import { FlashNotice } from './flash-notice.tsx'

const YEAR_LOCALES = { fa: 'fa-IR-u-ca-persian', en: 'en-US' } as const

/** Every page but sign-in is staff only, so signing out goes straight back to sign-in. */
const SESSION_PATHS: SessionPaths = { signIn: '/sign-in', home: '/', signedOut: '/sign-in' }

export function AppShell() {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigating = useNavigation().state !== 'idle'
  const year = new Intl.DateTimeFormat(YEAR_LOCALES[language], { year: 'numeric' }).format()
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
        <FlashNotice />
        <main id="main" className="flex-1">
          <Outlet />
        </main>
        <footer className="border-t border-line py-8 text-center text-sm text-ink-muted">
          {t('shell.footer', { year })}
        </footer>
      </div>
    </SessionPathsProvider>
  )
}
