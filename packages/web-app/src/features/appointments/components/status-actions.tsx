import type { AppointmentView } from '@yektayar/shared/types'
import { Button, formatTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useNow } from '../../../shared/use-now.ts'
import { useChangeStatus, useUndoOutcome } from '../api/appointments.ts'

type Outcome = 'completed' | 'no_show'

export interface StatusActionsProps {
  appointment: AppointmentView
  onChanged: (updated: AppointmentView) => void
}

/**
 * Completed / no-show, offered only when the server says this reader may record them now.
 * Each asks once more before it is sent, and stays undoable while the server's window is open
 * (viewer.undoOutcomeUntil), so a slip of the finger is never the final record.
 */
export function StatusActions({ appointment, onChanged }: StatusActionsProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState<Outcome | null>(null)
  const now = useNow(5_000)
  const viewer = appointment.viewer
  const undoUntil = viewer?.undoOutcomeUntil ?? null
  if (undoUntil && Date.parse(undoUntil) > now) {
    return <UndoOutcome appointment={appointment} until={undoUntil} onChanged={onChanged} />
  }
  if (!viewer?.canComplete && !viewer?.canMarkNoShow) return null
  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-bold text-ink">{t('appointments.status.title')}</h3>
      {asking ? (
        <ConfirmOutcome
          appointment={appointment}
          outcome={asking}
          onChanged={(updated) => {
            setAsking(null)
            onChanged(updated)
          }}
          onBack={() => setAsking(null)}
        />
      ) : (
        <div className="flex flex-wrap gap-3">
          {viewer.canComplete && (
            <Button onClick={() => setAsking('completed')}>
              {t('appointments.status.completed')}
            </Button>
          )}
          {viewer.canMarkNoShow && (
            <Button variant="secondary" onClick={() => setAsking('no_show')}>
              {t('appointments.status.noShow')}
            </Button>
          )}
        </div>
      )}
    </div>
  )
}

interface ConfirmOutcomeProps {
  appointment: AppointmentView
  outcome: Outcome
  onChanged: (updated: AppointmentView) => void
  onBack: () => void
}

function ConfirmOutcome({ appointment, outcome, onChanged, onBack }: ConfirmOutcomeProps) {
  const { t } = useTranslation()
  const change = useChangeStatus(appointment.id, onChanged)
  const key = outcome === 'completed' ? 'confirmCompleted' : 'confirmNoShow'
  const question = useRef<HTMLParagraphElement>(null)
  // The button that asked is gone: keyboard and screen-reader users land on the question.
  useEffect(() => question.current?.focus(), [])
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-line bg-surface-muted p-4">
      <p ref={question} tabIndex={-1} className="font-semibold text-ink">
        {t(`appointments.status.${key}`)}
      </p>
      <p className="text-sm text-ink-muted">{t('appointments.status.undoHint')}</p>
      <ProblemAlert error={change.error} />
      <div className="flex flex-wrap gap-3">
        <Button loading={change.isPending} onClick={() => change.mutate(outcome)}>
          {t('appointments.status.confirm')}
        </Button>
        <Button variant="secondary" disabled={change.isPending} onClick={onBack}>
          {t('appointments.status.back')}
        </Button>
      </div>
    </div>
  )
}

interface UndoOutcomeProps {
  appointment: AppointmentView
  until: string
  onChanged: (updated: AppointmentView) => void
}

function UndoOutcome({ appointment, until, onChanged }: UndoOutcomeProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const undo = useUndoOutcome(appointment.id, onChanged)
  const outcome = t(`appointments.status.recorded.${appointment.status}`)
  return (
    <div className="flex flex-col items-start gap-3 rounded-xl bg-surface-muted p-4">
      <p className="text-ink">
        {t('appointments.status.undoUntil', {
          outcome,
          time: formatTime(until, language, timeZone),
        })}
      </p>
      <ProblemAlert error={undo.error} />
      <Button variant="secondary" loading={undo.isPending} onClick={() => undo.mutate()}>
        {t('appointments.status.undo')}
      </Button>
    </div>
  )
}
