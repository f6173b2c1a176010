/**
 * A datetime-local input gives a wall time without a zone ("2026-03-20T15:30"); the panel
 * reads it in the staff member's zone (Asia/Tehran by default), not the browser's, so an
 * admin abroad schedules for the same clock the people reading it live by.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** How far `zone`'s clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  )
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The instant a wall time names in `zone`, or null when the text is not a wall time. */
export function wallTimeToInstant(wallTime: string, zone: string): Date | null {
  const match = WALL_TIME.exec(wallTime)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number) as number[]
  const asUtc = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0)
  // Twice: the offset at the first guess may differ from the one at the answer (a DST change).
  const first = asUtc - offsetAt(asUtc, zone)
  return new Date(asUtc - offsetAt(first, zone))
}
