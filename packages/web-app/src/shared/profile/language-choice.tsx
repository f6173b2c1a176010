import { LANGUAGES, type Language, useLanguage, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'

export interface LanguageChoiceProps {
  /** Called after the page has switched, e.g. to save the choice to the account. */
  onChosen?: (language: Language) => void
  disabled?: boolean
}

const NAMES: Record<Language, string> = { fa: 'فارسی', en: 'English' }

/** Two radio buttons, each language named in itself; choosing one switches the page at once. */
export function LanguageChoice({ onChosen, disabled }: LanguageChoiceProps) {
  const { t, i18n } = useTranslation()
  const current = useLanguage()
  // The other language's strings may still be on their way (a chunk of their own): the choice
  // shows at once, and the page follows when they arrive.
  const [choosing, setChoosing] = useState<Language | null>(null)
  const name = useId()
  const choose = async (language: Language) => {
    setChoosing(language)
    try {
      await i18n.changeLanguage(language)
      onChosen?.(language)
    } finally {
      setChoosing(null)
    }
  }
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-ink">{t('common.languageLabel')}</legend>
      <div className="grid grid-cols-2 gap-3">
        {LANGUAGES.map((language) => (
          <label
            key={language}
            lang={language}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-line-strong bg-surface px-4 text-ink has-checked:border-primary has-checked:bg-primary-soft"
          >
            <input
              type="radio"
              name={name}
              value={language}
              checked={(choosing ?? current) === language}
              onChange={() => void choose(language)}
              className="size-4 accent-primary"
            />
            {NAMES[language]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
