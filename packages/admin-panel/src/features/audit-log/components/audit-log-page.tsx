import type { AuditLog } from '@yektayar/shared/types'
import {
  buttonClasses,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { auditExportUrl, useAuditLogs } from '../api/audit-logs.ts'
import { filtersFromSearch, searchFromFilters } from '../audit-filters.ts'
import { AuditDetailDialog } from './audit-detail-dialog.tsx'
import { AuditFilterForm } from './audit-filter-form.tsx'
import { AuditTable } from './audit-table.tsx'

/** The audit log (audit.read): filter, read a row's before/after, export. */
export function AuditLogPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('auditLog.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('auditLog.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('auditLog.lead')}</p>
      </header>
      <RequirePermission permission="audit.read">
        <AuditLookup />
      </RequirePermission>
    </div>
  )
}

function AuditLookup() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const log = useAuditLogs(filters)
  const [open, setOpen] = useState<AuditLog | null>(null)
  const items = log.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <AuditFilterForm
        // A new address (back button, a shared link) starts the form from it.
        key={search.toString()}
        filters={filters}
        onApply={(next) => setSearch(searchFromFilters(next))}
      />
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={auditExportUrl(filters)}
          download
          className={buttonClasses({ variant: 'secondary' })}
        >
          {t('auditLog.export')}
        </a>
        <span className="text-sm text-ink-muted">{t('auditLog.exportHint')}</span>
      </div>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => log.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('auditLog.empty')} />
      ) : (
        <AuditTable items={items} onOpen={setOpen} />
      )}
      <LoadMore pages={log} label={t('auditLog.more')} />
      <AuditDetailDialog row={open} onClose={() => setOpen(null)} />
    </>
  )
}
