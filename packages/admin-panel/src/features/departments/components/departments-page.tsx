import type { DepartmentInbox } from '@yektayar/shared/types'
import {
  DateTimeText,
  EmptyState,
  ErrorState,
  formatNumber,
  LoadingState,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useDepartmentInboxes } from '../api/department-inboxes.ts'

/** /departments: every department's inbox at a glance, each to its staff. */
export function DepartmentsPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('departments.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('departments.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('departments.lead')}</p>
      </header>
      <RequirePermission permission="threads.manage">
        <Inboxes />
      </RequirePermission>
    </div>
  )
}

function Inboxes() {
  const { t } = useTranslation()
  const language = useLanguage()
  const allowed = useSession().data?.permissions.includes('threads.manage') ?? false
  const inboxes = useDepartmentInboxes()
  if (!allowed) return null
  if (inboxes.isPending) return <LoadingState />
  if (inboxes.isError) return <ErrorState error={inboxes.error} onRetry={() => inboxes.refetch()} />
  if (inboxes.data.items.length === 0) return <EmptyState title={t('departments.empty')} />
  const count = (value: number) => formatNumber(value, language)
  const columns: DataColumn<DepartmentInbox>[] = [
    {
      id: 'department',
      header: t('departments.columns.department'),
      cell: (row) => (
        <Link
          to={`/departments/${row.key}`}
          className="font-semibold text-primary hover:underline"
          aria-label={t('departments.manageStaff', { name: row[language] })}
        >
          {row[language]}
        </Link>
      ),
    },
    { id: 'open', header: t('departments.columns.open'), cell: (row) => count(row.open) },
    {
      id: 'unassigned',
      header: t('departments.columns.unassigned'),
      cell: (row) => count(row.unassigned),
    },
    { id: 'waiting', header: t('departments.columns.waiting'), cell: (row) => count(row.waiting) },
    {
      id: 'oldest',
      header: t('departments.columns.oldest'),
      className: 'whitespace-nowrap',
      cell: (row) =>
        row.oldestWaitingSince ? (
          <DateTimeText value={row.oldestWaitingSince} />
        ) : (
          t('departments.none')
        ),
    },
    { id: 'staff', header: t('departments.columns.staff'), cell: (row) => count(row.staff) },
  ]
  return (
    <section className="flex flex-col gap-3">
      <DataTable
        columns={columns}
        rows={inboxes.data.items}
        rowId={(row) => row.key}
        caption={t('departments.tableCaption')}
      />
      <p className="text-sm text-ink-muted">{t('departments.help')}</p>
    </section>
  )
}
