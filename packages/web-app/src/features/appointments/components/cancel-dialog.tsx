import type { AppointmentView } from '@yektayar/shared/types'
import {
  Button,
  formatDateTime,
  formatMoney,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useCancelAppointment } from '../api/appointments.ts'
import { cancelTerms } from '../cancel-terms.ts'
import { TextAreaField } from './text-area-field.tsx'

export interface CancelDialogProps {
  appointment: AppointmentView
  onCancelled: (updated: AppointmentView) => void
  onClose: () => void
}

const REASON_MAX = 500

/**
 * Asks for a reason and says first what cancelling costs, as the server's answer tells it.
 * An inline panel rather than a modal: it keeps the session's details in view while deciding.
 */
export function CancelDialog({ appointment, onCancelled, onClose }: CancelDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const describe = useProblemMessage()
  const cancel = useCancelAppointment(appointment.id, onCancelled)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening moves focus here, so keyboard and screen-reader users land in the panel.
  useEffect(() => heading.current?.focus(), [])

  const terms = cancelTerms(appointment)
  const amount = 'amountIrr' in terms ? formatMoney(terms.amountIrr, language) : ''
  const freeUntil =
    appointment.viewer?.role === 'patient' ? appointment.viewer.freeCancelUntil : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = reason.trim()
    setMissing(!trimmed)
    if (!trimmed) return
    cancel.mutate(trimmed)
  }

  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col gap-4 rounded-2xl border border-danger/40 bg-surface p-5"
    >
      <h2 id={titleId} ref={heading} tabIndex={-1} className="text-xl font-bold text-ink">
        {t('appointments.cancel.title')}
      </h2>
      <div
        className="flex flex-col gap-1 rounded-xl bg-surface-muted p-4 text-ink"
        data-testid="cancel-terms"
      >
        <p className="font-semibold">{t(`appointments.cancel.${terms.key}`, { amount })}</p>
        {freeUntil && terms.key !== 'freeSession' && (
          <p className="text-sm text-ink-muted">
            {t('appointments.cancel.freeUntil', {
              time: formatDateTime(freeUntil, language, { timeZone, style: 'weekdayDayMonth' }),
            })}
          </p>
        )}
      </div>
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        <TextAreaField
          label={t('appointments.cancel.reason')}
          hint={t('appointments.cancel.reasonHint')}
          error={missing ? t('appointments.cancel.reasonRequired') : null}
          value={reason}
          maxLength={REASON_MAX}
          required
          onChange={(event) => {
            setReason(event.target.value)
            if (event.target.value.trim()) setMissing(false)
          }}
        />
        {cancel.isError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {describe(cancel.error)}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" loading={cancel.isPending}>
            {t('appointments.cancel.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={cancel.isPending}>
            {t('appointments.cancel.keep')}
          </Button>
        </div>
      </form>
    </section>
  )
}
