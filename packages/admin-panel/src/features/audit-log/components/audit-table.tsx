import type { AuditLog } from '@yektayar/shared/types'
import { Button, formatDateTime, useLanguage, useTranslation } from '@yektayar/ui'
import { useActionLabel } from '../audit-texts.ts'

const COLUMNS = ['time', 'actor', 'action', 'resource', 'ip', 'details'] as const

export interface AuditTableProps {
  items: AuditLog[]
  onOpen: (row: AuditLog) => void
}

/** The log, newest first; each row opens its details (before/after) in a dialog. */
export function AuditTable({ items, onOpen }: AuditTableProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const actionLabel = useActionLabel()
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-surface">
      <table className="w-full text-start text-sm">
        <thead className="bg-surface-muted text-ink-muted">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 text-start font-semibold">
                {t(`auditLog.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const time = formatDateTime(row.createdAt, language, { style: 'long' })
            const action = actionLabel(row.action)
            return (
              <tr key={row.id} className="border-t border-line align-top">
                <td className="px-3 py-2.5 whitespace-nowrap text-ink">{time}</td>
                <td className="px-3 py-2.5 text-ink" dir="auto">
                  {row.userId ? (row.actorName ?? row.userId.slice(0, 8)) : t('auditLog.system')}
                </td>
                <td className="px-3 py-2.5">
                  <span className="block text-ink">{action}</span>
                  {action !== row.action && (
                    <code dir="ltr" className="text-xs text-ink-muted">
                      {row.action}
                    </code>
                  )}
                </td>
                <td className="px-3 py-2.5" dir="ltr">
                  <span className="block text-ink">{row.resource ?? '—'}</span>
                  {row.resourceId && (
                    <code className="break-all text-xs text-ink-muted">{row.resourceId}</code>
                  )}
                </td>
                <td className="px-3 py-2.5 font-mono text-xs text-ink-muted" dir="ltr">
                  {row.ip ?? '—'}
                </td>
                <td className="px-3 py-2.5">
                  <Button
                    variant="ghost"
                    aria-label={t('auditLog.detailsOf', { action, time })}
                    onClick={() => onOpen(row)}
                  >
                    {t('auditLog.details')}
                  </Button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
