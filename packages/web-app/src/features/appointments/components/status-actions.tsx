import type { AppointmentView } from '@yektayar/shared/types'
import { Button, useProblemMessage, useTranslation } from '@yektayar/ui'
import { useChangeStatus } from '../api/appointments.ts'

export interface StatusActionsProps {
  appointment: AppointmentView
  onChanged: (updated: AppointmentView) => void
}

/** Completed / no-show, offered only when the server says this reader may record them now. */
export function StatusActions({ appointment, onChanged }: StatusActionsProps) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const change = useChangeStatus(appointment.id, onChanged)
  const viewer = appointment.viewer
  if (!viewer?.canComplete && !viewer?.canMarkNoShow) return null
  const pending = change.isPending ? change.variables : null
  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-bold text-ink">{t('appointments.status.title')}</h3>
      <div className="flex flex-wrap gap-3">
        {viewer.canComplete && (
          <Button
            loading={pending === 'completed'}
            disabled={change.isPending}
            onClick={() => change.mutate('completed')}
          >
            {t('appointments.status.completed')}
          </Button>
        )}
        {viewer.canMarkNoShow && (
          <Button
            variant="secondary"
            loading={pending === 'no_show'}
            disabled={change.isPending}
            onClick={() => change.mutate('no_show')}
          >
            {t('appointments.status.noShow')}
          </Button>
        )}
      </div>
      {change.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {describe(change.error)}
        </p>
      )}
    </div>
  )
}
