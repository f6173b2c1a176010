import type { AdminPaymentDetail } from '@yektayar/shared/types'
import { Button, formatMoney, TextAreaField, useLanguage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useRefundPayment } from '../api/payment-changes.ts'
import { type RefundChoice, refundIrrOf } from '../refund-choice.ts'
import { ProblemAlert } from './problem-alert.tsx'
import { RefundChoiceFields } from './refund-choice-fields.tsx'

export interface RefundDialogProps {
  payment: AdminPaymentDetail
  open: boolean
  onClose: () => void
  onRefunded: () => void
}

/** A full or partial refund with its reason, through POST /payments/{id}/refunds. */
export function RefundDialog({ payment, open, onClose, onRefunded }: RefundDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <ModalDialog
      open={open}
      title={t('money.refund.title', { amount: formatMoney(payment.amountIrr, language) })}
      onClose={onClose}
    >
      <RefundForm payment={payment} onClose={onClose} onRefunded={onRefunded} />
    </ModalDialog>
  )
}

function RefundForm({ payment, onClose, onRefunded }: Omit<RefundDialogProps, 'open'>) {
  const { t } = useTranslation()
  const refund = useRefundPayment(payment.id)
  const [reason, setReason] = useState('')
  const [choice, setChoice] = useState<RefundChoice>({ kind: 'full', toman: '' })
  const [tried, setTried] = useState(false)
  const amountIrr = refundIrrOf(choice, payment.refundableIrr)

  function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (!reason.trim() || !amountIrr) return
    refund.mutate({ amountIrr, note: reason.trim() }, { onSuccess: onRefunded })
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-ink-muted">{t('money.refund.lead')}</p>
      <RefundChoiceFields
        refundableIrr={payment.refundableIrr}
        kinds={['full', 'partial']}
        value={choice}
        onChange={setChoice}
        invalid={tried && amountIrr === null}
      />
      <TextAreaField
        label={t('money.refund.reason')}
        value={reason}
        maxLength={1000}
        error={tried && !reason.trim() ? t('money.refund.reasonRequired') : null}
        onChange={(event) => setReason(event.target.value)}
      />
      <ProblemAlert error={refund.error} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('money.dismiss')}
        </Button>
        <Button type="submit" loading={refund.isPending} needsConnection>
          {t('money.refund.submit')}
        </Button>
      </div>
    </form>
  )
}
