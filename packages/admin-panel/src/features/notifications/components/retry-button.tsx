import { Button, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useRetryDelivery } from '../api/retry-delivery.ts'

/** Shown on failed rows only; says why when the server refuses (e.g. someone retried first). */
export function RetryButton({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation()
  const retry = useRetryDelivery()
  const describe = useProblemMessage()
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        className="min-h-9 px-3"
        loading={retry.isPending}
        onClick={() => retry.mutate(deliveryId)}
      >
        {t('notifications.deliveries.retry')}
      </Button>
      {retry.isError && (
        <p role="alert" className="text-sm font-medium text-danger">
          {describe(retry.error)}
        </p>
      )}
    </div>
  )
}
