import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cx } from '../components/cx.ts'
import {
  applyTheme,
  type EffectiveTheme,
  effectiveTheme,
  readStoredTheme,
  toggledTheme,
} from './theme.ts'

const ICON_PATHS: Record<EffectiveTheme, string> = {
  light:
    'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z',
}

export interface ThemeSwitchProps {
  className?: string
}

/**
 * A two-state toggle between light and dark, starting from what is on screen (the device's
 * choice until someone picks one), so every click changes something visible.
 */
export function ThemeSwitch({ className }: ThemeSwitchProps) {
  const { t } = useTranslation('ui')
  const [shown, setShown] = useState<EffectiveTheme>(() => effectiveTheme(readStoredTheme()))
  const label = t('theme.dark')
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={shown === 'dark'}
      title={label}
      onClick={() => {
        const next = toggledTheme(shown)
        applyTheme(next)
        setShown(next)
      }}
      className={cx(
        'inline-flex size-10 shrink-0 items-center justify-center rounded-full border border-line text-ink transition-colors hover:bg-surface-muted',
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICON_PATHS[shown]} />
      </svg>
    </button>
  )
}
