import { zodResolver } from '@hookform/resolvers/zod'
import { cancelAppointmentBodySchema } from '@yektayar/shared'
import type { AppointmentView } from '@yektayar/shared/types'
import {
  Button,
  fieldErrorText,
  formatDateTime,
  formatMoney,
  useLanguage,
  useProblemMessage,
  useServerFieldErrors,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { useEffect, useId, useRef } from 'react'
import { useForm } from 'react-hook-form'
import { useCancelAppointment } from '../api/appointments.ts'
import { cancelTerms } from '../cancel-terms.ts'
import { TextAreaField } from './text-area-field.tsx'

export interface CancelDialogProps {
  appointment: AppointmentView
  onCancelled: (updated: AppointmentView) => void
  onClose: () => void
}

const REASON_MAX = 500
const SERVER_FIELDS = { 'body.reason': 'reason' } as const

/**
 * Says first what cancelling costs, as the server's answer tells it, and offers room for a
 * reason the other side will see; giving one is the canceller's choice.
 * An inline panel rather than a modal: it keeps the session's details in view while deciding.
 */
export function CancelDialog({ appointment, onCancelled, onClose }: CancelDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const describe = useProblemMessage()
  const cancel = useCancelAppointment(appointment.id, onCancelled)
  const placeServerErrors = useServerFieldErrors()
  const form = useForm({
    defaultValues: { reason: '' },
    resolver: zodResolver(cancelAppointmentBodySchema),
  })
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening moves focus here, so keyboard and screen-reader users land in the panel.
  useEffect(() => heading.current?.focus(), [])

  const terms = cancelTerms(appointment)
  const amount = 'amountIrr' in terms ? formatMoney(terms.amountIrr, language) : ''
  const freeUntil =
    appointment.viewer?.role === 'patient' ? appointment.viewer.freeCancelUntil : null

  const submit = form.handleSubmit(({ reason }) =>
    cancel.mutate(reason, {
      onError: (error) => placeServerErrors(error, SERVER_FIELDS, form.setError),
    }),
  )

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
          error={fieldErrorText(form.formState.errors.reason, t)}
          maxLength={REASON_MAX}
          {...form.register('reason')}
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
