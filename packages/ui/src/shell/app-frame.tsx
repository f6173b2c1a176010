import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useMatches, useNavigation } from 'react-router'
import { BrandMark } from '../components/brand-mark.tsx'
import { cx } from '../components/cx.ts'
import { LanguageSwitch } from '../i18n/language-switch.tsx'
import { useLanguage } from '../i18n/use-language.ts'
import { OfflineNotice } from '../offline/offline-notice.tsx'
import { AccountAction } from '../session/account-action.tsx'
import { type SessionPaths, SessionPathsProvider } from '../session/session-paths.tsx'
import { ThemeSwitch } from '../theme/theme-switch.tsx'
import { FlashNotice } from './flash-notice.tsx'
import { footerYear } from './footer-year.ts'

/**
 * The frame's words are the app's own, under `shell` in its `app` namespace: `tagline` (under
 * the brand name: what this app is), `home` (the brand link's name for screen readers),
 * `footer` (with `{{year}}`) and `notices.<key>` (see flash-notice.tsx).
 */
export interface AppFrameProps {
  sessionPaths: SessionPaths
  /**
   * Between the header and the notices, e.g. the web app's section links (and a phone's
   * bottom bar); hidden with the header on a page that takes a phone's whole screen.
   */
  nav?: ReactNode
  /**
   * First in the header's row of switches, for the signed-in person's own things (the web app's
   * notification bell); the app decides when they show.
   */
  headerActions?: ReactNode
  /**
   * Kept at the bottom of the screen while the page scrolls and after the footer at its end,
   * so it never covers it (a phone's tab bar); hidden like the header on a full-screen page.
   */
  bottomBar?: ReactNode
  /** After the footer, e.g. a floating update prompt. */
  children?: ReactNode
}

/**
 * A route's `handle` may ask the frame for the whole screen on a phone (a conversation: its
 * composer at the bottom, nothing of the site under it); from `md` up the frame stays.
 */
export interface FrameHandle {
  fullScreenOnPhone?: boolean
}

function useFullScreenOnPhone(): boolean {
  return useMatches().some((match) => (match.handle as FrameHandle | undefined)?.fullScreenOnPhone)
}

/** The frame both apps share: skip link, loading bar, header with switches and account, footer. */
export function AppFrame(props: AppFrameProps) {
  const { t } = useTranslation('ui')
  const app = useTranslation('app', { keyPrefix: 'shell' }).t
  const year = footerYear(useLanguage())
  const navigating = useNavigation().state !== 'idle'
  const phoneHidden = useFullScreenOnPhone() ? 'max-md:hidden' : undefined
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
        {/* Drawn edge to edge (an installed PWA with viewport-fit=cover, the Android app), the
            header keeps clear of the status bar and a landscape notch; elsewhere insets are 0. */}
        <header
          className={cx(
            'border-b border-line bg-surface/80 pt-[env(safe-area-inset-top)] pr-[env(safe-area-inset-right)] pl-[env(safe-area-inset-left)] backdrop-blur',
            phoneHidden,
          )}
        >
          {/* On a phone everything is a little tighter, so the row fits 320 px with the app's
              header actions; below 400 px the brand is its mark (the link keeps its name). */}
          <div className="mx-auto flex w-full max-w-6xl items-center justify-between gap-2 px-3 py-3 sm:gap-3 sm:px-4">
            {/* The tagline is not part of the link (stretched over the whole block): a link's
                name must contain the words it shows (WCAG 2.5.3), and "home" names it best. */}
            <div className="relative flex items-center gap-2.5">
              <BrandMark />
              <span className="flex flex-col leading-tight">
                <Link
                  to="/"
                  aria-label={app('home')}
                  className="text-lg font-extrabold text-ink after:absolute after:inset-0"
                >
                  <span className="max-[25rem]:sr-only">{t('shell.brand')}</span>
                </Link>
                <span className="hidden text-xs text-ink-muted sm:block">{app('tagline')}</span>
              </span>
            </div>
            <nav className="flex items-center gap-1.5 sm:gap-2">
              {props.headerActions}
              <LanguageSwitch />
              <ThemeSwitch />
              <AccountAction />
            </nav>
          </div>
        </header>
        <div className={phoneHidden}>{props.nav}</div>
        <OfflineNotice />
        <FlashNotice />
        <main id="main" className="flex-1">
          <Outlet />
        </main>
        <footer
          className={cx(
            'border-t border-line py-8 text-center text-sm text-ink-muted',
            phoneHidden,
          )}
        >
          {app('footer', { year })}
        </footer>
        {props.bottomBar && (
          <div className={cx('sticky bottom-0 z-20', phoneHidden)}>{props.bottomBar}</div>
        )}
        {props.children}
      </div>
    </SessionPathsProvider>
  )
}
