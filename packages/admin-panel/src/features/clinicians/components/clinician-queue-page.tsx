import {
  CLINICIAN_FILTERS,
  type ClinicianFilter,
  type ClinicianQueueItem,
} from '@yektayar/shared/types'
import {
  EmptyState,
  ErrorState,
  formatDate,
  LoadingState,
  LoadMore,
  SelectField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, useSearchParams } from 'react-router'
import { type DataColumn, DataTable } from '../../../shared/data-table.tsx'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useClinicianQueue } from '../api/clinician-queue.ts'
import { nameOf } from '../clinician-name.ts'
import { ReviewStateBadge } from './review-state-badge.tsx'

const isFilter = (value: string | null): value is ClinicianFilter =>
  (CLINICIAN_FILTERS as readonly string[]).includes(value ?? '')

/** /clinicians: the verification queue, and every psychologist for editing a listing. */
export function ClinicianQueuePage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('clinicians.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{t('clinicians.title')}</h1>
        <p className="max-w-3xl text-ink-muted">{t('clinicians.lead')}</p>
      </header>
      <RequirePermission permission="professionals.verify">
        <Queue />
      </RequirePermission>
    </div>
  )
}

function Queue() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const asked = search.get('status')
  const status: ClinicianFilter = isFilter(asked) ? asked : 'awaiting'
  const queue = useClinicianQueue(status)
  const items = queue.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <SelectField
        label={t('clinicians.filter')}
        className="max-w-xs"
        value={status}
        onChange={(event) => setSearch({ status: event.target.value })}
        options={CLINICIAN_FILTERS.map((filter) => [filter, t(`clinicians.filters.${filter}`)])}
      />
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => queue.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={status === 'awaiting' ? t('clinicians.emptyQueue') : t('clinicians.empty')}
        />
      ) : (
        <>
          <ClinicianTable items={items} />
          <LoadMore pages={queue} label={t('clinicians.more')} />
        </>
      )}
    </>
  )
}

function ClinicianTable({ items }: { items: ClinicianQueueItem[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const day = (value: string) => formatDate(value, language, { style: 'long' })
  const columns: DataColumn<ClinicianQueueItem>[] = [
    {
      id: 'name',
      header: t('clinicians.columns.name'),
      cell: (row) => (
        <Link to={`/clinicians/${row.id}`} className="font-semibold text-primary hover:underline">
          {nameOf(row.name, language) || t('clinicians.unnamed')}
        </Link>
      ),
    },
    {
      id: 'licence',
      header: t('clinicians.columns.licence'),
      dir: 'auto',
      cell: (row) => row.licenseNumber ?? t('clinicians.noLicence'),
    },
    {
      id: 'state',
      header: t('clinicians.columns.state'),
      cell: (row) => <ReviewStateBadge state={row.review.state} />,
    },
    {
      id: 'submitted',
      header: t('clinicians.columns.submitted'),
      className: 'whitespace-nowrap',
      cell: (row) => day(row.submittedAt),
    },
    {
      id: 'updated',
      header: t('clinicians.columns.updated'),
      className: 'whitespace-nowrap',
      cell: (row) => day(row.updatedAt),
    },
    {
      id: 'listed',
      header: t('clinicians.columns.listed'),
      cell: (row) => (row.isListed ? t('clinicians.listedYes') : t('clinicians.listedNo')),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowId={(row) => row.id}
      caption={t('clinicians.tableCaption')}
    />
  )
}
