import { ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { usePersonGroups } from '../api/person.ts'
import { SectionCard } from './section-card.tsx'

/** Their groups and grants, read-only here (Access changes them, with rbac.manage). */
export function GroupsSection({ id }: { id: string }) {
  const { t } = useTranslation()
  const access = usePersonGroups(id)
  const list = (items: string[]) => (items.length ? items.join('، ') : t('people.access.none'))
  return (
    <SectionCard title={t('people.access.title')}>
      {access.isPending ? (
        <LoadingState />
      ) : access.isError ? (
        <ErrorState error={access.error} onRetry={() => access.refetch()} />
      ) : (
        <dl className="grid gap-2 text-sm">
          <dt className="font-semibold">{t('people.access.groups')}</dt>
          <dd>{list(access.data.groups.map((group) => group.name))}</dd>
          <dt className="font-semibold">{t('people.access.direct')}</dt>
          <dd>{list(access.data.direct)}</dd>
          <dt className="font-semibold">{t('people.access.effective')}</dt>
          <dd className="font-mono text-xs text-ink-muted">{list(access.data.effective)}</dd>
        </dl>
      )}
    </SectionCard>
  )
}
