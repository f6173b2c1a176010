import { EmptyState, ErrorState, LoadingState, LoadMore, useTranslation } from '@yektayar/ui'
import { useSearchParams } from 'react-router'
import { paymentsExportUrl, useAdminPayments } from '../api/admin-payments.ts'
import { paymentFiltersFromSearch, searchFromPaymentFilters } from '../money-filters.ts'
import { ExportBar } from './export-bar.tsx'
import { MoneyPageFrame } from './money-page-frame.tsx'
import { PaymentFilterForm } from './payment-filter-form.tsx'
import { PaymentTable } from './payment-table.tsx'

/** Every payment and refund (payments.manage): filter, spot the overdue, open, export. */
export function PaymentsPage() {
  return (
    <MoneyPageFrame section="payments" permission="payments.manage" lead>
      <PaymentList />
    </MoneyPageFrame>
  )
}

function PaymentList() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const filters = paymentFiltersFromSearch(search)
  const list = useAdminPayments(filters)
  const items = list.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <PaymentFilterForm
        key={search.toString()}
        filters={filters}
        onApply={(next) => setSearch(searchFromPaymentFilters(next))}
      />
      <ExportBar href={paymentsExportUrl(filters)} />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('money.payments.empty')} />
      ) : (
        <PaymentTable items={items} />
      )}
      <LoadMore pages={list} label={t('money.more')} />
    </>
  )
}
