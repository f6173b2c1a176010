import type { ProfessionalDetail } from '@yektayar/shared/types'
import { buttonClasses, Card, formatNumber, Icon, useLanguage, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useProfessional } from '../../../shared/api/professional.ts'
import { joinList, languageName } from '../../../shared/display-names.ts'
import { nameIn } from '../../../shared/person-name.ts'
import { Avatar } from '../../../shared/photo/avatar.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { SessionTypeRow } from './session-type-row.tsx'
import { TagList } from './tag-list.tsx'
import { VerifiedBadge } from './verified-badge.tsx'

const BACK = 'M9 6l6 6-6 6'

export function ProfilePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const professional = useProfessional(id)
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-12">
      <Link
        to="/psychologists"
        className="flex w-fit items-center gap-1 font-medium text-primary hover:underline"
      >
        {/* Points back in reading order: right in fa, left in en. */}
        <Icon path={BACK} className="size-5 ltr:rotate-180" />
        {t('directory.profile.back')}
      </Link>
      <QueryStates query={professional}>
        {(data) => <ProfileBody professional={data} />}
      </QueryStates>
    </div>
  )
}

function ProfileBody({ professional }: { professional: ProfessionalDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const name = nameIn(professional.name, language)
  // The bio in the reader's language; the other one rather than nothing.
  const bio = (language === 'en' ? professional.bioEn : professional.bioFa) || professional.bioFa
  const sessionTypes = professional.sessionTypes.filter((type) => type.isActive)
  return (
    <>
      <title>{t('directory.profile.pageTitle', { name })}</title>
      <Card className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <Avatar
          name={name}
          photoUrl={professional.photoUrl}
          size={96}
          alt={t('common.photo.alt', { name })}
          className="text-4xl"
          eager
        />
        <div className="flex flex-1 flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{name}</h1>
          <p className="text-ink-muted">
            {t('directory.card.experience', {
              years: formatNumber(professional.yearsOfExperience, language),
            })}
            {professional.licenseNumber && (
              <>
                {' · '}
                <span dir="auto">
                  {t('directory.profile.license', { license: professional.licenseNumber })}
                </span>
              </>
            )}
          </p>
          {professional.isVerified && <VerifiedBadge />}
        </div>
        {sessionTypes.length > 0 && (
          <Link
            to={`/psychologists/${professional.id}/book`}
            className={buttonClasses({ size: 'lg', className: 'sm:self-start' })}
          >
            {t('directory.profile.book')}
          </Link>
        )}
      </Card>
      {bio && (
        <Section title={t('directory.profile.about')}>
          <p className="leading-relaxed whitespace-pre-line text-ink">{bio}</p>
        </Section>
      )}
      <div className="grid gap-6 sm:grid-cols-2">
        <Section title={t('directory.profile.specialties')}>
          <TagList items={professional.specialties.map((key) => t(`common.specialties.${key}`))} />
        </Section>
        <Section title={t('directory.profile.approaches')}>
          <TagList items={professional.approaches.map((key) => t(`common.approaches.${key}`))} />
        </Section>
      </div>
      <Section title={t('directory.profile.languages')}>
        <p className="text-ink">
          {joinList(
            professional.languages.map((code) => languageName(code, language)),
            language,
          )}
        </p>
      </Section>
      {professional.officeAddress && sessionTypes.some((type) => type.mode === 'in_person') && (
        <Section title={t('directory.profile.officeAddress')}>
          <p dir="auto" className="whitespace-pre-line text-ink">
            {professional.officeAddress}
          </p>
        </Section>
      )}
      <Section title={t('directory.profile.sessionTypes')}>
        {sessionTypes.length === 0 ? (
          <p className="text-ink-muted">{t('directory.profile.noSessionTypes')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {sessionTypes.map((sessionType) => (
              <SessionTypeRow
                key={sessionType.id}
                psychologistId={professional.id}
                sessionType={sessionType}
              />
            ))}
          </ul>
        )}
      </Section>
    </>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-xl font-bold text-ink">{title}</h2>
      {children}
    </section>
  )
}
