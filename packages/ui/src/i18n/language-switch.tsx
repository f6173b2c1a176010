import { useTranslation } from 'react-i18next'
import { cx } from '../components/cx.ts'
import type { Language } from './language.ts'
import { useLanguage } from './use-language.ts'

export interface LanguageSwitchProps {
  className?: string
}

/**
 * One button naming the other language in that language ("English" / "فارسی"), marked with
 * its own `lang`, so someone who cannot read the current page can still find it.
 */
export function LanguageSwitch({ className }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation('ui')
  const next: Language = useLanguage() === 'fa' ? 'en' : 'fa'
  return (
    <button
      type="button"
      lang={next}
      onClick={() => i18n.changeLanguage(next)}
      className={cx(
        'inline-flex min-h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-medium text-ink transition-colors hover:bg-surface-muted',
        className,
      )}
    >
      <GlobeIcon />
      {t('language.other')}
    </button>
  )
}

function GlobeIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <circle cx="12" cy="12" r="9" strokeWidth="1.6" />
      <path
        d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z"
        strokeWidth="1.6"
      />
    </svg>
  )
}
