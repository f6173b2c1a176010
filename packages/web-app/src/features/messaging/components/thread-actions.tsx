import type { ThreadSummary, UpdateThreadBody } from '@yektayar/shared/types'
import { Button, cx, useLanguage, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useDepartments } from '../api/departments.ts'
import { useUpdateThread } from '../api/threads.ts'

export interface ThreadActionsProps {
  thread: Pick<ThreadSummary, 'id' | 'kind' | 'status' | 'category' | 'assigneeId'>
  myId: string
  /** Department staff: assign and transfer too; everyone else may close and reopen. */
  canManage: boolean
  className?: string
}

/** Assign to me, transfer to another department, close or reopen. */
export function ThreadActions({ thread, myId, canManage, className }: ThreadActionsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const update = useUpdateThread()
  const departments = useDepartments()
  const selectId = useId()
  const [target, setTarget] = useState('')
  const [pending, setPending] = useState<string | null>(null)
  const manageable = canManage && thread.kind === 'department'
  const others = (departments.data ?? []).filter((department) => department.key !== thread.category)

  const run = (name: string, body: UpdateThreadBody) => {
    setPending(name)
    update.mutate(
      { threadId: thread.id, body },
      { onSettled: () => setPending(null), onSuccess: () => setTarget('') },
    )
  }

  return (
    <div className={cx('flex flex-col gap-2', className)}>
      <fieldset className="flex flex-wrap items-end gap-2">
        <legend className="sr-only">{t('messaging.actions.label')}</legend>
        {manageable && thread.assigneeId !== myId && (
          <Button
            variant="secondary"
            loading={pending === 'assign'}
            disabled={pending !== null}
            onClick={() => run('assign', { assigneeId: myId })}
          >
            {t('messaging.actions.assignToMe')}
          </Button>
        )}
        {manageable && others.length > 0 && (
          <div className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={selectId} className="text-xs font-medium text-ink-muted">
                {t('messaging.actions.transferTo')}
              </label>
              <select
                id={selectId}
                value={target}
                onChange={(event) => setTarget(event.target.value)}
                className="min-h-11 rounded-xl border border-line-strong bg-surface px-3 text-sm text-ink"
              >
                <option value="">—</option>
                {others.map((department) => (
                  <option key={department.key} value={department.key}>
                    {department[language]}
                  </option>
                ))}
              </select>
            </div>
            <Button
              variant="secondary"
              disabled={!target || pending !== null}
              loading={pending === 'transfer'}
              onClick={() => run('transfer', { category: target })}
            >
              {t('messaging.actions.transfer')}
            </Button>
          </div>
        )}
        {thread.status === 'open' ? (
          <Button
            variant="ghost"
            loading={pending === 'close'}
            disabled={pending !== null}
            onClick={() => run('close', { status: 'closed' })}
          >
            {t('messaging.actions.close')}
          </Button>
        ) : (
          <Button
            variant="ghost"
            loading={pending === 'reopen'}
            disabled={pending !== null}
            onClick={() => run('reopen', { status: 'open' })}
          >
            {t('messaging.actions.reopen')}
          </Button>
        )}
      </fieldset>
      <ProblemAlert error={update.error} look="line" />
    </div>
  )
}

/** "Unassigned", "assigned to you" or "to a colleague", for staff. */
export function AssigneeBadge({ assigneeId, myId }: { assigneeId: string | null; myId: string }) {
  const { t } = useTranslation()
  const [label, tone] =
    assigneeId === null
      ? [t('messaging.actions.unassigned'), 'bg-accent-soft text-accent']
      : assigneeId === myId
        ? [t('messaging.actions.assignedToMe'), 'bg-success-soft text-success']
        : [t('messaging.actions.assignedToOther'), 'bg-surface-muted text-ink-muted']
  return (
    <span className={cx('rounded-full px-2.5 py-0.5 text-xs font-semibold', tone)}>{label}</span>
  )
}
