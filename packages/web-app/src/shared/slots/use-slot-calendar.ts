import { type DayKey, daysWithSlots, useTimeZone } from '@yektayar/ui'
import { useMemo, useState } from 'react'
import { type SlotRange, useAvailability } from '../api/availability.ts'

const NO_SLOTS: string[] = []

/**
 * What SlotChooser shows for one psychologist and session type: the month on screen, its free
 * times and the days that have some, and the chosen day. Booking and rescheduling both use it.
 */
export function useSlotCalendar(
  psychologistId: string,
  sessionTypeId: string,
  initialDay: () => DayKey | null = () => null,
) {
  const timeZone = useTimeZone()
  const [range, setRange] = useState<SlotRange | null>(null)
  const [pickedDay, setPickedDay] = useState<DayKey | null>(initialDay)
  const availability = useAvailability(psychologistId, sessionTypeId, range)
  const slots = availability.data ?? NO_SLOTS
  const availableDays = useMemo(() => daysWithSlots(slots, timeZone), [slots, timeZone])
  // A day picked before the slots were refreshed may have none left: then nothing is chosen.
  const day = pickedDay && availableDays.has(pickedDay) ? pickedDay : null
  return {
    availability,
    range,
    onRangeChange: setRange,
    slots,
    availableDays,
    day,
    onSelectDay: setPickedDay,
  }
}
