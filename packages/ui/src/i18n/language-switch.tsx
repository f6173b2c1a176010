import { useTranslation } from 'react-i18next'
import { cx } from '../components/cx.ts'
import { Icon } from '../components/icon.tsx'
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
        'inline-flex min-h-10 shrink-0 items-center gap-2 rounded-full border border-line px-3 text-sm sm:px-4 font-medium text-ink transition-colors hover:bg-surface-muted',
        className,
      )}
    >
      <Icon path={GLOBE} className="size-4 max-sm:hidden" />
      {t('language.other')}
    </button>
  )
}

// A circle (as two arcs, so the whole globe is one path for Icon), the equator and a meridian.
const GLOBE =
  'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z'
