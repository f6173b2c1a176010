import type { AdminPayment, Reconciliation } from '@yektayar/shared/types'
import {
  Button,
  formatDateTime,
  formatNumber,
  Notice,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useVerifyPayment } from '../api/payment-changes.ts'
import { ProblemAlert } from './problem-alert.tsx'
import { useVerifyResultText } from './verify-result.ts'

export interface ReconciliationPanelProps {
  paymentId: string
  state: Reconciliation
}

/**
 * A pending payment's standing with the gateway: how long it has waited, how often and when it
 * was last verified and what the gateway said, and a button that verifies it again now.
 */
export function ReconciliationPanel({ paymentId, state }: ReconciliationPanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const resultText = useVerifyResultText()
  const verify = useVerifyPayment(paymentId)
  const time = (iso: string) => formatDateTime(iso, language, { style: 'long' })
  const settled = verify.data as AdminPayment | undefined
  return (
    <section
      aria-labelledby="reconciliation-title"
      className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5"
    >
      <h2 id="reconciliation-title" className="text-lg font-bold text-ink">
        {t('money.payment.reconciliation')}
      </h2>
      <ul className="flex flex-col gap-1 text-ink">
        <li>{t('money.payment.pendingSince', { time: time(state.pendingSince) })}</li>
        {state.stale && <li className="text-danger">{t('money.payment.staleExplain')}</li>}
        <li>{t('money.payment.attempts', { n: formatNumber(state.verifyAttempts, language) })}</li>
        <li>
          {state.lastVerifyAt
            ? t('money.payment.lastVerify', {
                time: time(state.lastVerifyAt),
                result: resultText(state.lastVerifyResult ?? ''),
              })
            : t('money.payment.neverVerified')}
        </li>
      </ul>
      <ProblemAlert error={verify.error} />
      {settled && (
        <Notice tone="success">
          {t('money.payment.verified', {
            status: t(`money.payments.statuses.${settled.status}`),
          })}
        </Notice>
      )}
      <Button
        variant="secondary"
        className="self-start"
        loading={verify.isPending}
        needsConnection
        onClick={() => verify.mutate(undefined)}
      >
        {t('money.payment.verifyAgain')}
      </Button>
    </section>
  )
}
