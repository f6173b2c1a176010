import type { SessionType } from '@yektayar/shared/types'
import { buttonClasses, formatNumber, Money, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'

export interface SessionTypeRowProps {
  psychologistId: string
  sessionType: SessionType
}

/** One kind of session the psychologist offers, with its own "book" link. */
export function SessionTypeRow({ psychologistId, sessionType }: SessionTypeRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const name = language === 'en' ? sessionType.nameEn : sessionType.nameFa
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-line p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <h3 className="font-bold text-ink">{name}</h3>
        <p className="text-sm text-ink-muted">
          {t('directory.profile.minutes', {
            minutes: formatNumber(sessionType.durationMinutes, language),
          })}
          {' · '}
          {t(`common.sessionModes.${sessionType.mode}`)}
          {' · '}
          {sessionType.priceIrr === 0 ? (
            <span className="font-semibold text-success">{t('directory.profile.free')}</span>
          ) : (
            <Money amountIrr={sessionType.priceIrr} className="font-semibold text-ink" />
          )}
        </p>
      </div>
      <Link
        to={`/psychologists/${psychologistId}/book?type=${sessionType.id}`}
        className={buttonClasses({ variant: 'secondary', className: 'shrink-0' })}
        aria-label={`${t('directory.profile.bookThis')}: ${name}`}
      >
        {t('directory.profile.bookThis')}
      </Link>
    </li>
  )
}
