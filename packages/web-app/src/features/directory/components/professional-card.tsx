import type { ProfessionalSummary } from '@yektayar/shared/types'
import {
  Card,
  formatDateTime,
  formatMoney,
  formatNumber,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { joinList, languageName } from '../../../shared/display-names.ts'
import { nameIn } from '../../../shared/person-name.ts'
import { Avatar } from '../../../shared/photo/avatar.tsx'
import { TagList } from './tag-list.tsx'
import { VerifiedBadge } from './verified-badge.tsx'

export function ProfessionalCard({ professional }: { professional: ProfessionalSummary }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const name = nameIn(professional.name, language)
  const { minPriceIrr, nextAvailableAt } = professional
  return (
    <Card className="relative flex h-full flex-col gap-4 p-5 transition-shadow focus-within:shadow-md hover:shadow-md">
      <div className="flex items-start gap-4">
        <Avatar
          name={name}
          photoUrl={professional.photoUrl}
          size={64}
          alt={t('common.photo.alt', { name })}
          className="text-2xl"
        />
        <div className="flex min-w-0 flex-col gap-1">
          <h2 className="text-lg font-bold text-ink">
            {/* The whole card is the link's target area; the name is what it reads as. */}
            <Link
              to={`/psychologists/${professional.id}`}
              className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none"
            >
              {name}
            </Link>
          </h2>
          <p className="text-sm text-ink-muted">
            {t('directory.card.experience', {
              years: formatNumber(professional.yearsOfExperience, language),
            })}
          </p>
          {professional.isVerified && <VerifiedBadge />}
        </div>
      </div>
      <TagList
        label={t('directory.profile.specialties')}
        items={professional.specialties.map((key) => t(`common.specialties.${key}`))}
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-ink-muted">{t('directory.card.languages')}</dt>
        <dd className="text-ink">
          {joinList(
            professional.languages.map((code) => languageName(code, language)),
            language,
          )}
        </dd>
        <dt className="text-ink-muted">{t('directory.card.modes')}</dt>
        <dd className="text-ink">
          {joinList(
            professional.modes.map((mode) => t(`common.sessionModes.${mode}`)),
            language,
          )}
        </dd>
      </dl>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 border-t border-line pt-3">
        {minPriceIrr === null ? null : minPriceIrr === 0 ? (
          <p className="font-semibold text-success">{t('directory.card.free')}</p>
        ) : (
          <p className="font-semibold text-ink">
            {t('directory.card.priceFrom', { price: formatMoney(minPriceIrr, language) })}
          </p>
        )}
        {nextAvailableAt ? (
          <p className="text-sm text-ink-muted">
            {t('directory.card.nextFree', {
              when: formatDateTime(nextAvailableAt, language, {
                style: 'weekdayDayMonth',
                timeZone,
              }),
            })}
          </p>
        ) : (
          nextAvailableAt === null && (
            <p className="text-sm text-ink-muted">{t('directory.card.noFreeSoon')}</p>
          )
        )}
      </div>
    </Card>
  )
}
