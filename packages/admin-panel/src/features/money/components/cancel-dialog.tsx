import type { AdminAppointmentDetail } from '@yektayar/shared/types'
import { Button, TextAreaField, useSession, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useCancelAppointment } from '../api/cancel-appointment.ts'
import { type RefundChoice, refundIrrOf } from '../refund-choice.ts'
import { ProblemAlert } from './problem-alert.tsx'
import { RefundChoiceFields } from './refund-choice-fields.tsx'

export interface CancelDialogProps {
  detail: AdminAppointmentDetail
  open: boolean
  onClose: () => void
  onCancelled: () => void
}

/**
 * Cancel with a reason and, for holders of payments.manage when the appointment was paid, a
 * full, partial or no refund, made by the server in the same transaction as the cancel.
 */
export function CancelDialog({ detail, open, onClose, onCancelled }: CancelDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={open} title={t('money.cancel.title')} onClose={onClose}>
      <CancelForm detail={detail} onClose={onClose} onCancelled={onCancelled} />
    </ModalDialog>
  )
}

function CancelForm({ detail, onClose, onCancelled }: Omit<CancelDialogProps, 'open'>) {
  const { t } = useTranslation()
  const canRefund = useSession().data?.permissions.includes('payments.manage') ?? false
  const cancel = useCancelAppointment(detail.appointment.id)
  const paid = detail.payments?.find((payment) => payment.refundableIrr > 0)
  const [reason, setReason] = useState('')
  const [choice, setChoice] = useState<RefundChoice>({ kind: 'full', toman: '' })
  const [tried, setTried] = useState(false)
  const refundIrr = paid ? refundIrrOf(choice, paid.refundableIrr) : undefined

  function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (!reason.trim() || refundIrr === null) return
    const chosen = canRefund && paid ? { refundIrr } : {}
    cancel.mutate({ reason: reason.trim(), ...chosen }, { onSuccess: onCancelled })
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-ink-muted">{t('money.cancel.lead')}</p>
      <TextAreaField
        label={t('money.cancel.reason')}
        hint={t('money.cancel.reasonHint')}
        value={reason}
        maxLength={500}
        error={tried && !reason.trim() ? t('money.cancel.reasonRequired') : null}
        onChange={(event) => setReason(event.target.value)}
      />
      {!canRefund ? (
        <p className="text-sm text-ink-muted">{t('money.cancel.noRefundPermission')}</p>
      ) : paid ? (
        <RefundChoiceFields
          refundableIrr={paid.refundableIrr}
          kinds={['full', 'partial', 'none']}
          value={choice}
          onChange={setChoice}
          invalid={tried && refundIrr === null}
        />
      ) : (
        <p className="text-sm text-ink-muted">{t('money.cancel.notPaid')}</p>
      )}
      <ProblemAlert error={cancel.error} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('money.dismiss')}
        </Button>
        <Button type="submit" variant="danger" loading={cancel.isPending} needsConnection>
          {t('money.cancel.submit')}
        </Button>
      </div>
    </form>
  )
}
