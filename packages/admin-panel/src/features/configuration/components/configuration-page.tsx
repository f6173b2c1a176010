import { CONFIG_GROUPS, type ConfigEntry } from '@yektayar/shared/types'
import { EmptyState, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useConfigEntries } from '../api/config-entries.ts'
import { ConfigEntryCard } from './config-entry-card.tsx'

/** The dynamic configuration (config.manage): every known key, grouped, each editable. */
export function ConfigurationPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('configuration.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('configuration.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('configuration.lead')}</p>
      </header>
      <RequirePermission permission="config.manage">
        <ConfigGroups />
      </RequirePermission>
    </div>
  )
}

function ConfigGroups() {
  const { t } = useTranslation()
  const entries = useConfigEntries()
  if (entries.isPending) return <LoadingState />
  if (entries.isError) {
    return <ErrorState error={entries.error} onRetry={() => entries.refetch()} />
  }
  const { items } = entries.data
  if (items.length === 0) return <EmptyState title={t('configuration.empty')} />
  const groups = CONFIG_GROUPS.map((group) => ({
    group,
    entries: items.filter((entry: ConfigEntry) => entry.group === group),
  })).filter(({ entries: inGroup }) => inGroup.length > 0)
  return groups.map(({ group, entries: inGroup }) => (
    <section key={group} aria-labelledby={`config-group-${group}`} className="flex flex-col gap-4">
      <h2 id={`config-group-${group}`} className="text-xl font-bold text-ink">
        {t(`configuration.groups.${group}`)}
      </h2>
      <ul className="flex flex-col gap-4">
        {inGroup.map((entry) => (
          <li key={entry.key}>
            <ConfigEntryCard entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  ))
}
