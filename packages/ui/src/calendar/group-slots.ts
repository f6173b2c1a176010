import { type DayKey, DEFAULT_TIME_ZONE, dayKeyOf } from '../format/date-time.ts'

export interface SlotDay {
  day: DayKey
  /** ISO instants, earliest first, exactly as the API sent them. */
  slots: string[]
}

/**
 * Free slots arrive as UTC instants; people choose them by their own calendar day. A slot at
 * 21:00 UTC is already tomorrow in Tehran, so the day comes from the reader's zone.
 */
export function groupSlotsByDay(
  slots: readonly string[],
  timeZone: string = DEFAULT_TIME_ZONE,
): SlotDay[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a) - Date.parse(b))
  const groups = new Map<DayKey, string[]>()
  for (const slot of sorted) {
    const day = dayKeyOf(slot, timeZone)
    const group = groups.get(day)
    if (group) group.push(slot)
    else groups.set(day, [slot])
  }
  return [...groups].map(([day, daySlots]) => ({ day, slots: daySlots }))
}

/** The days that have at least one free slot, for a calendar to highlight. */
export function daysWithSlots(slots: readonly string[], timeZone?: string): Set<DayKey> {
  return new Set(groupSlotsByDay(slots, timeZone).map(({ day }) => day))
}
