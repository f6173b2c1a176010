import type { AppointmentView } from '@yektayar/shared/types'
import {
  Button,
  formatDateTime,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { useEffect, useId, useRef, useState } from 'react'
import { SlotChooser } from '../../../shared/slots/slot-chooser.tsx'
import { useSlotCalendar } from '../../../shared/slots/use-slot-calendar.ts'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'
import { useRescheduleAppointment } from '../api/appointments.ts'

export interface ReschedulePanelProps {
  appointment: AppointmentView & { sessionTypeId: string }
  onRescheduled: (updated: AppointmentView) => void
  onClose: () => void
}

/** The psychologist's free times for this session type, month by month; one is chosen and saved. */
export function ReschedulePanel({ appointment, onRescheduled, onClose }: ReschedulePanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const describe = useProblemMessage()
  const [slot, setSlot] = useState<string | null>(null)
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const calendar = useSlotCalendar(appointment.psychologist.id, appointment.sessionTypeId)
  const move = useRescheduleAppointment(appointment.id, onRescheduled)
  const chosenSlot = slot && calendar.slots.includes(slot) ? slot : null

  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5"
    >
      <h2 id={titleId} ref={heading} tabIndex={-1} className="text-xl font-bold text-ink">
        {t('appointments.reschedule.title')}
      </h2>
      <p className="text-sm text-ink-muted">
        {t('appointments.reschedule.current', {
          time: formatDateTime(appointment.startsAt, language, {
            timeZone,
            style: 'weekdayDayMonth',
          }),
        })}
        {' · '}
        {t('appointments.reschedule.zone', { zone: zoneName(timeZone, language) })}
      </p>
      <SlotChooser
        {...calendar}
        onSelectDay={(next) => {
          calendar.onSelectDay(next)
          setSlot(null)
        }}
        value={chosenSlot}
        onChange={setSlot}
        messages="appointments.reschedule"
      >
        {move.isError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {describe(move.error)}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <Button
            disabled={!chosenSlot}
            loading={move.isPending}
            onClick={() =>
              chosenSlot &&
              move.mutate(chosenSlot, {
                // A taken slot is gone from the list once the slots are asked for again.
                onError: () => calendar.availability.refetch(),
              })
            }
          >
            {t('appointments.reschedule.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={move.isPending}>
            {t('appointments.reschedule.close')}
          </Button>
        </div>
      </SlotChooser>
    </section>
  )
}
