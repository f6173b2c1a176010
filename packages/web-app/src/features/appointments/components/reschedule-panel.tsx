import type { AppointmentView } from '@yektayar/shared/types'
import { Button, formatDateTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { SlotChooser } from '../../../shared/slots/slot-chooser.tsx'
import { useSlotCalendar } from '../../../shared/slots/use-slot-calendar.ts'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'
import { useRescheduleAppointment } from '../api/appointments.ts'
import { FocusedPanel } from './focused-panel.tsx'

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
  const [slot, setSlot] = useState<string | null>(null)

  const calendar = useSlotCalendar(appointment.psychologist.id, appointment.sessionTypeId)
  const move = useRescheduleAppointment(appointment.id, onRescheduled)
  const chosenSlot = slot && calendar.slots.includes(slot) ? slot : null

  return (
    <FocusedPanel title={t('appointments.reschedule.title')}>
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
        <ProblemAlert error={move.error} />
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
    </FocusedPanel>
  )
}
