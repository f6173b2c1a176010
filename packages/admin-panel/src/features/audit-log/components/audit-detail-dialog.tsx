import type { AuditLog } from '@yektayar/shared/types'
import { cx, formatDateTime, useLanguage, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { searchFromFilters } from '../audit-filters.ts'
import { useActionLabel } from '../audit-texts.ts'
import { type DiffKind, diffChanges } from '../change-diff.ts'

export interface AuditDetailDialogProps {
  row: AuditLog | null
  onClose: () => void
}

/** One event in full: who, what, where from, and its changes as a before/after table. */
export function AuditDetailDialog({ row, onClose }: AuditDetailDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={row !== null} wide title={t('auditLog.detail.title')} onClose={onClose}>
      {row && <AuditDetail row={row} onClose={onClose} />}
    </ModalDialog>
  )
}

function AuditDetail({ row, onClose }: { row: AuditLog; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const actionLabel = useActionLabel()
  const none = t('auditLog.detail.none')
  const link = (filters: Record<string, string>, text: string) => (
    <Link
      to={`?${searchFromFilters(filters)}`}
      onClick={onClose}
      className="text-sm text-primary underline-offset-2 hover:underline"
    >
      {text}
    </Link>
  )
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <Item label={t('auditLog.detail.time')}>
          {formatDateTime(row.createdAt, language, { style: 'full' })}
          <span className="block text-xs text-ink-muted" dir="ltr">
            {row.createdAt}
          </span>
        </Item>
        <Item label={t('auditLog.detail.actor')}>
          <span dir="auto">{row.userId ? (row.actorName ?? none) : t('auditLog.system')}</span>
          {row.userId && (
            <>
              <code dir="ltr" className="block text-xs text-ink-muted">
                {row.userId}
              </code>
              {link({ userId: row.userId }, t('auditLog.detail.onlyPerson'))}
            </>
          )}
        </Item>
        <Item label={t('auditLog.detail.action')}>
          {actionLabel(row.action)}
          <code dir="ltr" className="block text-xs text-ink-muted">
            {row.action}
          </code>
        </Item>
        <Item label={t('auditLog.detail.resource')}>
          <code dir="ltr">
            {row.resource ?? none}
            {row.resourceId ? ` / ${row.resourceId}` : ''}
          </code>
          {row.resource &&
            row.resourceId &&
            link(
              { resource: row.resource, resourceId: row.resourceId },
              t('auditLog.detail.onlyResource'),
            )}
        </Item>
        <Item label={t('auditLog.detail.ip')}>
          <code dir="ltr">{row.ip ?? none}</code>
        </Item>
        <Item label={t('auditLog.detail.userAgent')}>
          <span dir="ltr" className="break-all">
            {row.userAgent ?? none}
          </span>
        </Item>
      </dl>
      <ChangesTable changes={row.changes} />
    </div>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-ink-muted">{label}</dt>
      <dd className="flex flex-col gap-0.5 text-ink">{children}</dd>
    </>
  )
}

const TONES: Record<DiffKind, string> = {
  added: 'bg-success-soft',
  removed: 'bg-danger-soft',
  changed: 'bg-accent-soft',
  same: '',
}

function ChangesTable({ changes }: { changes: unknown }) {
  const { t } = useTranslation()
  const diff = diffChanges(changes)
  return (
    <section className="flex flex-col gap-2">
      <h3 className="font-bold text-ink">{t('auditLog.detail.changes')}</h3>
      {diff.rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('auditLog.detail.noChanges')}</p>
      ) : (
        <div className="max-h-96 overflow-auto rounded-xl border border-line">
          <table className="w-full text-start text-sm">
            <thead className="bg-surface-muted text-ink-muted">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t('auditLog.detail.field')}
                </th>
                {diff.compared && (
                  <th scope="col" className="px-3 py-2 text-start font-semibold">
                    {t('auditLog.detail.before')}
                  </th>
                )}
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {diff.compared ? t('auditLog.detail.after') : t('auditLog.detail.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.rows.map((row) => (
                <tr
                  key={row.path}
                  className={cx('border-t border-line align-top', TONES[row.kind])}
                >
                  <th scope="row" className="px-3 py-2 text-start font-mono text-xs" dir="ltr">
                    {/* A bare value (a setting's number) has no field name of its own. */}
                    {row.path || t('auditLog.detail.value')}
                    {diff.compared && row.kind !== 'same' && (
                      <span className="ms-2 font-sans font-semibold">
                        ({t(`auditLog.detail.kinds.${row.kind}`)})
                      </span>
                    )}
                  </th>
                  {diff.compared && (
                    <td className="px-3 py-2 break-all" dir="auto">
                      {row.before ?? '—'}
                    </td>
                  )}
                  <td className="px-3 py-2 break-all" dir="auto">
                    {row.after ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
