import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useNavigation } from 'react-router'
import { BrandMark } from '../components/brand-mark.tsx'
import { LanguageSwitch } from '../i18n/language-switch.tsx'
import { OfflineNotice } from '../offline/offline-notice.tsx'
import { AccountAction } from '../session/account-action.tsx'
import { type SessionPaths, SessionPathsProvider } from '../session/session-paths.tsx'
import { ThemeSwitch } from '../theme/theme-switch.tsx'
import { FlashNotice, type FlashNotices } from './flash-notice.tsx'

export interface AppFrameProps {
  /** Under the brand name: what this app is. */
  tagline: string
  /** The brand link's name for screen readers. */
  homeLabel: string
  footer: string
  sessionPaths: SessionPaths
  notices: FlashNotices
  /** Between the header and the notices, e.g. the web app's section links. */
  nav?: ReactNode
  /** After the footer, e.g. a floating update prompt. */
  children?: ReactNode
}

/** The frame both apps share: skip link, loading bar, header with switches and account, footer. */
export function AppFrame(props: AppFrameProps) {
  const { t } = useTranslation('ui')
  const navigating = useNavigation().state !== 'idle'
  return (
    <SessionPathsProvider paths={props.sessionPaths}>
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
            <Link to="/" className="flex items-center gap-2.5" aria-label={props.homeLabel}>
              <BrandMark />
              <span className="flex flex-col leading-tight">
                <span className="text-lg font-extrabold text-ink">{t('shell.brand')}</span>
                <span className="hidden text-xs text-ink-muted sm:block">{props.tagline}</span>
              </span>
            </Link>
            <nav className="flex items-center gap-2">
              <LanguageSwitch />
              <ThemeSwitch />
              <AccountAction />
            </nav>
          </div>
        </header>
        {props.nav}
        <OfflineNotice />
        <FlashNotice notices={props.notices} />
        <main id="main" className="flex-1">
          <Outlet />
        </main>
        <footer className="border-t border-line py-8 text-center text-sm text-ink-muted">
          {props.footer}
        </footer>
        {props.children}
      </div>
    </SessionPathsProvider>
  )
}
