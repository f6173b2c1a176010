import type { AuditLog } from '@yektayar/shared/types'
import { Button, formatDateTime, useLanguage, useTranslation } from '@yektayar/ui'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { useActionLabel } from '../audit-texts.ts'

export interface AuditTableProps {
  items: AuditLog[]
  onOpen: (row: AuditLog) => void
}

/** The log, newest first; each row opens its details (before/after) in a dialog. */
export function AuditTable({ items, onOpen }: AuditTableProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const actionLabel = useActionLabel()
  const time = (row: AuditLog) => formatDateTime(row.createdAt, language, { style: 'long' })
  const columns: DataColumn<AuditLog>[] = [
    {
      id: 'time',
      header: t('auditLog.columns.time'),
      className: 'whitespace-nowrap',
      cell: time,
    },
    {
      id: 'actor',
      header: t('auditLog.columns.actor'),
      dir: 'auto',
      cell: (row) =>
        row.userId ? (row.actorName ?? row.userId.slice(0, 8)) : t('auditLog.system'),
    },
    {
      id: 'action',
      header: t('auditLog.columns.action'),
      cell: (row) => {
        const action = actionLabel(row.action)
        return (
          <>
            <span className="block">{action}</span>
            {action !== row.action && (
              <code dir="ltr" className="text-xs text-ink-muted">
                {row.action}
              </code>
            )}
          </>
        )
      },
    },
    {
      id: 'resource',
      header: t('auditLog.columns.resource'),
      dir: 'ltr',
      cell: (row) => (
        <>
          <span className="block">{row.resource ?? '—'}</span>
          {row.resourceId && (
            <code className="break-all text-xs text-ink-muted">{row.resourceId}</code>
          )}
        </>
      ),
    },
    {
      id: 'ip',
      header: t('auditLog.columns.ip'),
      dir: 'ltr',
      className: 'font-mono text-xs text-ink-muted',
      cell: (row) => row.ip ?? '—',
    },
    {
      id: 'details',
      header: t('auditLog.columns.details'),
      cell: (row) => (
        <Button
          variant="ghost"
          aria-label={t('auditLog.detailsOf', { action: actionLabel(row.action), time: time(row) })}
          onClick={() => onOpen(row)}
        >
          {t('auditLog.details')}
        </Button>
      ),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowId={(row) => row.id}
      caption={t('auditLog.tableCaption')}
    />
  )
}
