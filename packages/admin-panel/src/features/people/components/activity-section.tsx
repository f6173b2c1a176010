import type { UseQueryResult } from '@tanstack/react-query'
import type { PermissionName } from '@yektayar/shared/types'
import {
  ErrorState,
  formatDateTime,
  LoadingState,
  Money,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import { usePersonAppointments, usePersonPayments } from '../api/person-activity.ts'
import { SectionCard } from './section-card.tsx'

export interface ActivitySectionProps {
  id: string
  permissions: readonly string[]
}

/**
 * Appointments (appointments.read.any) and payments (payments.manage) at a glance: counts and
 * the latest few. Each part shows only to staff who may read it; no clinical content at all.
 */
export function ActivitySection({ id, permissions }: ActivitySectionProps) {
  const has = (permission: PermissionName) => permissions.includes(permission)
  if (!has('appointments.read.any') && !has('payments.manage')) return null
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {has('appointments.read.any') && <AppointmentsCard id={id} />}
      {has('payments.manage') && <PaymentsCard id={id} />}
    </div>
  )
}

/** A summary's loading, error and empty states; `children` shows one that has rows. */
function SummaryBody<Summary extends { counts: unknown[] }>(props: {
  summary: UseQueryResult<Summary>
  children: (data: Summary) => ReactNode
}) {
  const { t } = useTranslation()
  const { summary } = props
  if (summary.isPending) return <LoadingState />
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
  if (summary.data.counts.length === 0) return <p>{t('people.activity.none')}</p>
  return props.children(summary.data)
}

function AppointmentsCard({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const summary = usePersonAppointments(id, true)
  return (
    <SectionCard title={t('people.activity.appointments')}>
      <p className="text-sm text-ink-muted">{t('people.activity.noClinical')}</p>
      <SummaryBody summary={summary}>
        {(data) => (
          <>
            <ul className="flex flex-wrap gap-2 text-sm">
              {data.counts.map((row) => (
                <li
                  key={`${row.role}-${row.status}`}
                  className="rounded-xl bg-surface-muted px-3 py-1.5"
                >
                  {t(
                    row.role === 'patient'
                      ? 'people.activity.asPatient'
                      : 'people.activity.asPsychologist',
                  )}
                  {' · '}
                  {t(`people.statuses.${row.status}`, { defaultValue: row.status })}
                  {': '}
                  {t('people.activity.count', { count: row.count })}
                </li>
              ))}
            </ul>
            <h3 className="font-semibold">{t('people.activity.recent')}</h3>
            <ul className="flex flex-col gap-1 text-sm">
              {data.recent.map((row) => (
                <li key={row.id}>
                  {formatDateTime(row.scheduledAt, language, { style: 'long' })}
                  {' · '}
                  {t(`people.statuses.${row.status}`, { defaultValue: row.status })}
                  {row.counterpartName &&
                    ` · ${t('people.activity.with', { name: row.counterpartName })}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </SummaryBody>
    </SectionCard>
  )
}

function PaymentsCard({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const summary = usePersonPayments(id, true)
  return (
    <SectionCard title={t('people.activity.payments')}>
      <SummaryBody summary={summary}>
        {(data) => (
          <>
            <ul className="flex flex-wrap gap-2 text-sm">
              {data.counts.map((row) => (
                <li
                  key={`${row.type}-${row.status}`}
                  className="rounded-xl bg-surface-muted px-3 py-1.5"
                >
                  {t(`people.activity.paymentKinds.${row.type}`, { defaultValue: row.type })}
                  {' · '}
                  {t(`people.statuses.${row.status}`, { defaultValue: row.status })}
                  {': '}
                  {t('people.activity.count', { count: row.count })}
                  {' · '}
                  <Money amountIrr={row.amountIrr} />
                </li>
              ))}
            </ul>
            <h3 className="font-semibold">{t('people.activity.recent')}</h3>
            <ul className="flex flex-col gap-1 text-sm">
              {data.recent.map((row) => (
                <li key={row.id}>
                  {formatDateTime(row.createdAt, language, { style: 'long' })}
                  {' · '}
                  {t(`people.activity.paymentKinds.${row.type}`, { defaultValue: row.type })}
                  {' · '}
                  <Money amountIrr={row.amountIrr} />
                  {' · '}
                  {t(`people.statuses.${row.status}`, { defaultValue: row.status })}
                  {row.gatewayReference && (
                    <span dir="ltr" className="ms-2 text-ink-muted">
                      {row.gatewayReference}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </SummaryBody>
    </SectionCard>
  )
}
