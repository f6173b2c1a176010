import type { ClinicianDetail } from '@yektayar/shared/types'
import { Button, Card, ErrorState, TextAreaField, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { ModalDialog } from '../../../shared/modal-dialog.tsx'
import { useReviewClinician } from '../api/review-clinician.ts'

interface ReviewActionsProps {
  clinician: ClinicianDetail
  name: string
  onDone: (message: string) => void
  onEditListing: () => void
}

const MIN_REASON = 5

/** Approve, or send back with a reason (also how a verification is withdrawn); edit the listing. */
export function ReviewActions({ clinician, name, onDone, onEditListing }: ReviewActionsProps) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null)
  const verified = clinician.review.state === 'verified'
  return (
    <Card className="flex flex-col gap-3 p-5">
      <h2 className="text-lg font-bold text-ink">{t('clinicians.actions.title')}</h2>
      <div className="flex flex-wrap gap-3">
        {!verified && (
          <Button onClick={() => setDialog('approve')}>{t('clinicians.actions.approve')}</Button>
        )}
        <Button variant="secondary" onClick={() => setDialog('reject')}>
          {verified ? t('clinicians.actions.withdraw') : t('clinicians.actions.reject')}
        </Button>
        <Button variant="secondary" onClick={onEditListing}>
          {t('clinicians.listing.open')}
        </Button>
      </div>
      <ModalDialog
        open={dialog === 'approve'}
        title={t('clinicians.actions.approve')}
        onClose={() => setDialog(null)}
      >
        <ApproveForm
          id={clinician.id}
          name={name}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null)
            onDone(t('clinicians.actions.approveDone'))
          }}
        />
      </ModalDialog>
      <ModalDialog
        open={dialog === 'reject'}
        title={t('clinicians.actions.rejectTitle')}
        onClose={() => setDialog(null)}
      >
        <RejectForm
          id={clinician.id}
          onCancel={() => setDialog(null)}
          onDone={() => {
            setDialog(null)
            onDone(t('clinicians.actions.rejectDone'))
          }}
        />
      </ModalDialog>
    </Card>
  )
}

interface FormProps {
  id: string
  onCancel: () => void
  onDone: () => void
}

function ApproveForm({ id, name, onCancel, onDone }: FormProps & { name: string }) {
  const { t } = useTranslation()
  const review = useReviewClinician(id)
  return (
    <div className="flex flex-col gap-4">
      <p className="text-ink">{t('clinicians.actions.approveConfirm', { name })}</p>
      {review.isError && <ErrorState error={review.error} />}
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onCancel}>
          {t('clinicians.actions.cancel')}
        </Button>
        <Button
          needsConnection
          loading={review.isPending}
          onClick={() => review.mutate({ isVerified: true }, { onSuccess: onDone })}
        >
          {t('clinicians.actions.confirm')}
        </Button>
      </div>
    </div>
  )
}

function RejectForm({ id, onCancel, onDone }: FormProps) {
  const { t } = useTranslation()
  const review = useReviewClinician(id)
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = reason.trim()
    if (text.length < MIN_REASON) return setTooShort(true)
    review.mutate({ isVerified: false, reason: text }, { onSuccess: onDone })
  }
  return (
    <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('clinicians.actions.reason')}
        hint={t('clinicians.actions.reasonHint')}
        error={tooShort ? t('clinicians.actions.reasonShort') : null}
        value={reason}
        maxLength={1000}
        rows={4}
        required
        onChange={(event) => {
          setReason(event.target.value)
          setTooShort(false)
        }}
      />
      {review.isError && <ErrorState error={review.error} />}
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('clinicians.actions.cancel')}
        </Button>
        <Button type="submit" needsConnection loading={review.isPending}>
          {t('clinicians.actions.send')}
        </Button>
      </div>
    </form>
  )
}
