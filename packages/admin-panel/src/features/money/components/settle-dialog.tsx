import type { AdminPayment } from '@yektayar/shared/types'
import { Button, formatMoney, TextAreaField, useLanguage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useSettleRefund } from '../api/payment-changes.ts'
import { ProblemAlert } from './problem-alert.tsx'

export interface SettleDialogProps {
  refund: AdminPayment | null
  onClose: () => void
}

/** Staff record that a pending refund's money went back (POST /payments/refunds/{id}/settle). */
export function SettleDialog({ refund, onClose }: SettleDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <ModalDialog
      open={refund !== null}
      title={t('money.payment.settleTitle', {
        amount: refund ? formatMoney(refund.amountIrr, language) : '',
      })}
      onClose={onClose}
    >
      {refund && <SettleForm refundId={refund.id} onClose={onClose} />}
    </ModalDialog>
  )
}

function SettleForm({ refundId, onClose }: { refundId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const settle = useSettleRefund()
  const [note, setNote] = useState('')
  const [tried, setTried] = useState(false)
  function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    if (note.trim()) settle.mutate({ refundId, note: note.trim() }, { onSuccess: onClose })
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextAreaField
        label={t('money.payment.settleNote')}
        hint={t('money.payment.settleNoteHint')}
        value={note}
        maxLength={1000}
        error={tried && !note.trim() ? t('money.refund.reasonRequired') : null}
        onChange={(event) => setNote(event.target.value)}
      />
      <ProblemAlert error={settle.error} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('money.dismiss')}
        </Button>
        <Button type="submit" loading={settle.isPending} needsConnection>
          {t('money.payment.settleSubmit')}
        </Button>
      </div>
    </form>
  )
}
