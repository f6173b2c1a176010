import type { AuditLog } from '@yektayar/shared/types'
import {
  EmptyState,
  ErrorState,
  formatDateTime,
  LoadingState,
  LoadMore,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { usePersonTrail } from '../api/person-activity.ts'
import { SectionCard } from './section-card.tsx'

const reasonOf = (row: AuditLog) => {
  const changes = row.changes as { reason?: unknown } | null
  return typeof changes?.reason === 'string' ? changes.reason : null
}

/** Actions by and on this person (audit.read), newest first; the audit log has the details. */
export function TrailSection({ id }: { id: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const trail = usePersonTrail(id, true)
  const items = trail.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <SectionCard title={t('people.trail.title')}>
      <p className="text-sm text-ink-muted">{t('people.trail.lead')}</p>
      {trail.isPending ? (
        <LoadingState />
      ) : trail.isError ? (
        <ErrorState error={trail.error} onRetry={() => trail.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('people.trail.empty')} />
      ) : (
        <ol aria-label={t('people.trail.title')} className="flex flex-col divide-y divide-line">
          {items.map((row) => (
            <li key={row.id} className="flex flex-col gap-0.5 py-2 text-sm">
              <span className="flex flex-wrap gap-x-2">
                <code dir="ltr" className="font-semibold">
                  {row.action}
                </code>
                <span className="text-ink-muted">
                  {t('people.trail.by', {
                    name: row.userId
                      ? (row.actorName ?? row.userId.slice(0, 8))
                      : t('people.trail.system'),
                  })}
                </span>
                <span className="text-ink-muted">
                  {formatDateTime(row.createdAt, language, { style: 'long' })}
                </span>
              </span>
              {reasonOf(row) && (
                <span dir="auto">{t('people.trail.reason', { reason: reasonOf(row) })}</span>
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadMore pages={trail} label={t('people.trail.more')} />
    </SectionCard>
  )
}
