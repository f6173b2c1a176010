import {
  BrandMark,
  Button,
  buttonClasses,
  Card,
  EmptyState,
  ErrorState,
  isApiError,
  LoadingState,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useReceipt } from '../api/receipt.ts'
import { ReceiptDetails } from './receipt-details.tsx'
import { RefundTimeline } from './refund-timeline.tsx'

/**
 * One receipt: the session, the money, the bank's reference and every refund with where it
 * stands. "Save as PDF" is the browser's print dialog on a print view of the receipt alone
 * (index.css): every browser offers it, and the text stays real, shaped Persian.
 */
export function ReceiptPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const receipt = useReceipt(id)
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>{t('payments.receiptPage.pageTitle')}</title>
      {receipt.isPending ? (
        <LoadingState />
      ) : receipt.isError ? (
        isApiError(receipt.error) && receipt.error.status === 404 ? (
          <EmptyState
            title={t('payments.receiptPage.notFoundTitle')}
            description={t('payments.receiptPage.notFoundBody')}
            action={<BackLink />}
          />
        ) : (
          <ErrorState error={receipt.error} onRetry={() => receipt.refetch()} />
        )
      ) : (
        <ViewerTimeZone>
          <article data-print-root className="flex flex-col gap-6">
            <header className="flex items-start justify-between gap-4">
              <div className="flex flex-col gap-1">
                <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
                  {receipt.data.type === 'refund'
                    ? t('payments.receiptPage.refundTitle')
                    : t('payments.receiptPage.paymentTitle')}
                </h1>
                <p className="text-sm text-ink-muted">
                  {t('payments.receiptPage.number')}:{' '}
                  <span dir="ltr" className="font-mono">
                    {receipt.data.id.slice(0, 8).toUpperCase()}
                  </span>
                </p>
              </div>
              <span className="flex items-center gap-2 font-extrabold text-primary">
                <BrandMark />
                {t('payments.receiptPage.brand')}
              </span>
            </header>
            <Card className="flex flex-col gap-4 print:border-0 print:p-0 print:shadow-none">
              <ReceiptDetails receipt={receipt.data} />
            </Card>
            {receipt.data.refunds.length > 0 && (
              <section className="flex flex-col gap-3">
                <h2 className="text-lg font-bold text-ink">{t('payments.refund.title')}</h2>
                {receipt.data.refunds.map((refund) => (
                  <Card key={refund.id} className="print:border-0 print:p-0 print:shadow-none">
                    <RefundTimeline refund={refund} />
                  </Card>
                ))}
              </section>
            )}
            {receipt.data.type === 'refund' && (
              <Card className="print:border-0 print:p-0 print:shadow-none">
                <RefundTimeline refund={receipt.data} />
              </Card>
            )}
          </article>
          <div data-print-hidden className="flex flex-col gap-3">
            <div className="flex flex-wrap gap-3">
              <Button size="lg" onClick={() => window.print()}>
                {t('payments.receiptPage.print')}
              </Button>
              <BackLink />
            </div>
            <p className="text-sm text-ink-muted">{t('payments.receiptPage.printHint')}</p>
          </div>
        </ViewerTimeZone>
      )}
    </div>
  )
}

function BackLink() {
  const { t } = useTranslation()
  return (
    <Link to="/payments" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
      {t('payments.receiptPage.back')}
    </Link>
  )
}
