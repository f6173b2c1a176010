import type { ClinicianDetail, SessionType } from '@yektayar/shared/types'
import { Card, formatMoney, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'

/** What patients will read on the profile, as the verifier checks it. */
export function ProfileReview({ clinician }: { clinician: ClinicianDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const none = <span className="text-ink-muted">{t('clinicians.review.empty')}</span>
  const specialties = clinician.specialties.map((key) => t(`clinicians.specialties.${key}`, key))
  return (
    <Card className="flex flex-col gap-5 p-5">
      <h2 className="text-lg font-bold text-ink">{t('clinicians.review.profileTitle')}</h2>
      <div className="flex flex-col gap-5 sm:flex-row">
        <div className="shrink-0">
          {clinician.photoUrl ? (
            <img
              src={clinician.photoUrl}
              alt={t('clinicians.review.photo')}
              className="size-32 rounded-2xl border border-line object-cover"
            />
          ) : (
            <p className="flex size-32 items-center justify-center rounded-2xl border border-dashed border-line p-3 text-center text-sm text-ink-muted">
              {t('clinicians.review.noPhoto')}
            </p>
          )}
        </div>
        <dl className="grid flex-1 gap-3 sm:grid-cols-2">
          <Fact label={t('clinicians.review.licence')}>
            <span dir="auto" className="font-mono">
              {clinician.licenseNumber ?? t('clinicians.noLicence')}
            </span>
          </Fact>
          <Fact label={t('clinicians.review.experience')}>
            {t('clinicians.review.years', {
              years: formatNumber(clinician.yearsOfExperience, language),
            })}
          </Fact>
          <Fact label={t('clinicians.review.specialties')}>{specialties.join('، ') || none}</Fact>
          <Fact label={t('clinicians.review.languages')}>{clinician.languages.join(', ')}</Fact>
        </dl>
      </div>
      <dl className="flex flex-col gap-5">
        <Fact label={t('clinicians.review.bioFa')}>
          <p dir="rtl" lang="fa" className="whitespace-pre-line">
            {clinician.bioFa || none}
          </p>
        </Fact>
        <Fact label={t('clinicians.review.bioEn')}>
          <p dir="ltr" lang="en" className="whitespace-pre-line">
            {clinician.bioEn || none}
          </p>
        </Fact>
      </dl>
      <section className="flex flex-col gap-2">
        <h3 className="font-bold text-ink">{t('clinicians.review.sessionTypesTitle')}</h3>
        <SessionTypes types={clinician.sessionTypes} />
      </section>
    </Card>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  )
}

function SessionTypes({ types }: { types: SessionType[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const columns: DataColumn<SessionType>[] = [
    {
      id: 'name',
      header: t('clinicians.review.sessionType'),
      cell: (row) => (language === 'fa' ? row.nameFa : row.nameEn),
    },
    {
      id: 'duration',
      header: t('clinicians.review.duration'),
      className: 'whitespace-nowrap',
      cell: (row) =>
        t('clinicians.review.minutes', { minutes: formatNumber(row.durationMinutes, language) }),
    },
    {
      id: 'mode',
      header: t('clinicians.review.mode'),
      cell: (row) => t(`clinicians.review.modes.${row.mode}`),
    },
    {
      id: 'price',
      header: t('clinicians.review.price'),
      className: 'whitespace-nowrap',
      cell: (row) => formatMoney(row.priceIrr, language),
    },
    {
      id: 'offered',
      header: t('clinicians.review.offered'),
      cell: (row) =>
        row.isActive ? t('clinicians.review.active') : t('clinicians.review.inactiveType'),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={types}
      rowId={(row) => row.id}
      caption={t('clinicians.review.sessionTypesCaption')}
    />
  )
}
