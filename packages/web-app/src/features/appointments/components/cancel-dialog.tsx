import { zodResolver } from '@hookform/resolvers/zod'
import { cancelAppointmentBodySchema } from '@yektayar/shared'
import type { AppointmentView } from '@yektayar/shared/types'
import {
  Button,
  fieldErrorText,
  formatDateTime,
  formatMoney,
  TextAreaField,
  useLanguage,
  useServerFieldErrors,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { useForm } from 'react-hook-form'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useCancelAppointment } from '../api/appointments.ts'
import { cancelTerms } from '../cancel-terms.ts'
import { FocusedPanel } from './focused-panel.tsx'

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
 */
export function CancelDialog({ appointment, onCancelled, onClose }: CancelDialogProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const cancel = useCancelAppointment(appointment.id, onCancelled)
  const placeServerErrors = useServerFieldErrors()
  const form = useForm({
    defaultValues: { reason: '' },
    resolver: zodResolver(cancelAppointmentBodySchema),
  })

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
    <FocusedPanel title={t('appointments.cancel.title')} tone="danger">
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
        <ProblemAlert error={cancel.error} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" loading={cancel.isPending}>
            {t('appointments.cancel.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={cancel.isPending}>
            {t('appointments.cancel.keep')}
          </Button>
        </div>
      </form>
    </FocusedPanel>
  )
}
