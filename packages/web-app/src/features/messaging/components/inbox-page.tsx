import {
  EmptyState,
  LoadMore,
  SelectField,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { useDepartments } from '../api/departments.ts'
import { type InboxFilters, useInbox } from '../api/threads.ts'
import { ConnectionBanner } from './connection-banner.tsx'
import { AssigneeBadge, ThreadActions } from './thread-actions.tsx'
import { ThreadRow } from './thread-row.tsx'

/** Who may open the department inbox (the server decides the same way). */
export function canReadInbox(permissions: string[] | undefined): boolean {
  return !!permissions?.some(
    (name) => name === 'threads.read.department' || name === 'threads.manage',
  )
}

/** /inbox: the threads of the departments I answer, unassigned first. */
export function InboxPage() {
  const { t } = useTranslation()
  const session = useSession()
  if (!canReadInbox(session.data?.permissions)) {
    return (
      <div className="mx-auto w-full max-w-3xl px-4 py-10">
        <title>{t('messaging.inbox.pageTitle')}</title>
        <EmptyState
          title={t('messaging.inbox.forbiddenTitle')}
          description={t('messaging.inbox.forbiddenBody')}
        />
      </div>
    )
  }
  return (
    <Inbox
      myId={session.data?.user.id ?? ''}
      canPickDepartment={!!session.data?.permissions.includes('threads.manage')}
    />
  )
}

function Inbox({ myId, canPickDepartment }: { myId: string; canPickDepartment: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const departments = useDepartments()
  const [filters, setFilters] = useState<InboxFilters>({ status: 'open', assigned: 'any' })
  const inbox = useInbox(filters)
  const threads = inbox.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Page messages="messaging.inbox" width="max-w-4xl">
      <div className="flex flex-wrap gap-3">
        <SelectField
          label={t('messaging.inbox.status')}
          value={filters.status}
          onChange={(event) =>
            setFilters({ ...filters, status: event.target.value as InboxFilters['status'] })
          }
          options={(['open', 'closed'] as const).map((status): [string, string] => [
            status,
            t(`messaging.inbox.statuses.${status}`),
          ])}
        />
        <SelectField
          label={t('messaging.inbox.assigned')}
          value={filters.assigned}
          onChange={(event) =>
            setFilters({ ...filters, assigned: event.target.value as InboxFilters['assigned'] })
          }
          options={(['any', 'unassigned', 'mine'] as const).map((assigned): [string, string] => [
            assigned,
            t(`messaging.inbox.assignedOptions.${assigned}`),
          ])}
        />
        {canPickDepartment && (
          <SelectField
            label={t('messaging.inbox.department')}
            value={filters.category ?? ''}
            onChange={(event) =>
              setFilters({ ...filters, category: event.target.value || undefined })
            }
            options={[
              ['', t('messaging.inbox.allDepartments')],
              ...(departments.data ?? []).map((department): [string, string] => [
                department.key,
                department[language],
              ]),
            ]}
          />
        )}
      </div>
      <ConnectionBanner />
      <ListStates pages={inbox} count={threads.length} messages="messaging.inbox">
        <ul aria-label={t('messaging.inbox.label')} className="flex flex-col gap-2.5">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadRow
                thread={thread}
                myId={myId}
                footer={
                  <div className="flex flex-col gap-2 border-t border-line pt-2 sm:flex-row sm:items-end sm:justify-between">
                    <AssigneeBadge assigneeId={thread.assigneeId} myId={myId} />
                    <ThreadActions thread={thread} myId={myId} canManage />
                  </div>
                }
              />
            </li>
          ))}
        </ul>
        <LoadMore pages={inbox} label={t('messaging.inbox.more')} />
      </ListStates>
    </Page>
  )
}
