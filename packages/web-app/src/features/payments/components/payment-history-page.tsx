import type { PaymentReceipt } from '@yektayar/shared/types'
import { buttonClasses, Card, DateTimeText, LoadMore, Money, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { usePaymentHistory } from '../api/payment-history.ts'
import { StatusBadge } from './status-badge.tsx'

export function PaymentHistoryPage() {
  const { t } = useTranslation()
  const history = usePaymentHistory()
  const receipts = history.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Page messages="payments.history" width="max-w-3xl">
      <ListStates
        pages={history}
        count={receipts.length}
        messages="payments.history"
        emptyAction={
          <Link to="/psychologists" className={buttonClasses()}>
            {t('payments.history.find')}
          </Link>
        }
      >
        <ViewerTimeZone>
          <ul className="flex flex-col gap-3">
            {receipts.map((receipt) => (
              <li key={receipt.id}>
                <ReceiptRow receipt={receipt} />
              </li>
            ))}
          </ul>
          <LoadMore pages={history} label={t('payments.history.more')} />
        </ViewerTimeZone>
      </ListStates>
    </Page>
  )
}

function ReceiptRow({ receipt }: { receipt: PaymentReceipt }) {
  const { t } = useTranslation()
  const personName = usePersonName()
  const session = receipt.appointment
  return (
    <Link
      to={`/payments/${receipt.id}`}
      title={t('payments.history.open')}
      className="block rounded-2xl focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <Card className="flex flex-col gap-3 p-4 transition-colors hover:border-primary sm:flex-row sm:items-center sm:justify-between">
        <div className="flex flex-col gap-1">
          <h2 className="font-bold text-ink">{t(`payments.types.${receipt.type}`)}</h2>
          {session && <p className="text-ink">{personName(session.psychologistName)}</p>}
          <p className="text-sm text-ink-muted">
            <DateTimeText value={receipt.completedAt ?? receipt.createdAt} style="long" />
          </p>
          {receipt.reference && (
            <p className="text-sm text-ink-muted">
              {t('payments.receipt.reference')}:{' '}
              <span dir="ltr" className="font-mono text-ink">
                {receipt.reference}
              </span>
            </p>
          )}
        </div>
        <div className="flex items-center justify-between gap-3 sm:flex-col sm:items-end">
          <Money amountIrr={receipt.amountIrr} className="text-lg font-bold text-ink" />
          <StatusBadge receipt={receipt} />
        </div>
      </Card>
    </Link>
  )
}
