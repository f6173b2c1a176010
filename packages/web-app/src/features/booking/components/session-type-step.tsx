import type { SessionType } from '@yektayar/shared/types'
import { formatNumber, Money, useLanguage, useTranslation } from '@yektayar/ui'

export interface SessionTypeStepProps {
  sessionTypes: SessionType[]
  selectedId: string | null
  onSelect: (sessionTypeId: string) => void
}

export function SessionTypeStep({ sessionTypes, selectedId, onSelect }: SessionTypeStepProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (sessionTypes.length === 0) return <p className="text-ink-muted">{t('booking.type.none')}</p>
  return (
    <section className="flex flex-col gap-4">
      <h2 className="text-xl font-bold text-ink">{t('booking.type.title')}</h2>
      <ul className="flex flex-col gap-3">
        {sessionTypes.map((type) => (
          <li key={type.id}>
            <button
              type="button"
              aria-pressed={type.id === selectedId}
              onClick={() => onSelect(type.id)}
              className="flex min-h-16 w-full flex-wrap items-center justify-between gap-2 rounded-xl border border-line-strong bg-surface p-4 text-start transition-colors hover:bg-primary-soft aria-pressed:border-primary aria-pressed:bg-primary-soft"
            >
              <span className="flex flex-col gap-1">
                <span className="font-bold text-ink">
                  {language === 'en' ? type.nameEn : type.nameFa}
                </span>
                <span className="text-sm text-ink-muted">
                  {t('booking.type.minutes', {
                    minutes: formatNumber(type.durationMinutes, language),
                  })}
                  {' · '}
                  {t(`common.sessionModes.${type.mode}`)}
                </span>
              </span>
              {type.priceIrr === 0 ? (
                <span className="font-semibold text-success">{t('booking.type.free')}</span>
              ) : (
                <Money amountIrr={type.priceIrr} className="font-semibold text-ink" />
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
