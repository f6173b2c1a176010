import { EmptyState, ErrorState, LoadingState, LoadMore, useTranslation } from '@yektayar/ui'
import { useSearchParams } from 'react-router'
import { appointmentsExportUrl, useAdminAppointments } from '../api/admin-appointments.ts'
import { appointmentFiltersFromSearch, searchFromAppointmentFilters } from '../money-filters.ts'
import { AppointmentFilterForm } from './appointment-filter-form.tsx'
import { AppointmentTable } from './appointment-table.tsx'
import { ExportBar } from './export-bar.tsx'
import { MoneyPageFrame } from './money-page-frame.tsx'

/** Every appointment (appointments.read.any): filter, open one, export the list. */
export function AppointmentsPage() {
  return (
    <MoneyPageFrame section="appointments" permission="appointments.read.any" lead>
      <AppointmentList />
    </MoneyPageFrame>
  )
}

function AppointmentList() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const filters = appointmentFiltersFromSearch(search)
  const list = useAdminAppointments(filters)
  const items = list.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <AppointmentFilterForm
        // A new address (back button, a shared link) starts the form from it.
        key={search.toString()}
        filters={filters}
        onApply={(next) => setSearch(searchFromAppointmentFilters(next))}
      />
      <ExportBar href={appointmentsExportUrl(filters)} />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('money.appointments.empty')} />
      ) : (
        <AppointmentTable items={items} />
      )}
      <LoadMore pages={list} label={t('money.more')} />
    </>
  )
}
