import { EmptyState, ErrorState, LoadingState, LoadMore, useTranslation } from '@yektayar/ui'
import { useSearchParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useDeliveries } from '../api/deliveries.ts'
import { filtersFromSearch, searchFromFilters } from '../delivery-filters.ts'
import { DeliveryFilterForm } from './delivery-filter-form.tsx'
import { DeliveryTable } from './delivery-table.tsx'

/** The notification delivery log (notifications.manage). */
export function DeliveriesPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('notifications.deliveries.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('notifications.deliveries.title')}
        </h1>
        <p className="max-w-3xl text-ink-muted">{t('notifications.deliveries.lead')}</p>
      </header>
      <RequirePermission permission="notifications.manage">
        <DeliveryLog />
      </RequirePermission>
    </div>
  )
}

function DeliveryLog() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const deliveries = useDeliveries(filters)
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <DeliveryFilterForm
        // A new address (back button, a shared link) starts the form from it.
        key={search.toString()}
        filters={filters}
        onApply={(next) => setSearch(searchFromFilters(next))}
      />
      {deliveries.isPending ? (
        <LoadingState />
      ) : deliveries.isError ? (
        <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('notifications.deliveries.empty')} />
      ) : (
        <DeliveryTable items={items} />
      )}
      <LoadMore pages={deliveries} label={t('notifications.deliveries.more')} />
    </>
  )
}
