import type { Db } from '../../db/database.ts'
import { DAY_MS, localDateOf } from './local-time.ts'
import type { SessionTypeRow } from './professional.repository.ts'
import type { PolicyRow } from './schedule.repository.ts'
import {
  findBusy,
  findHolidayDates,
  findStaticBundles,
  type StaticBundleRow,
} from './schedule-bundle.repository.ts'
import { GroupedTtlCache, TtlCache } from './schedule-cache.ts'
import type { Schedule, SchedulePolicy } from './slot-computation.ts'

export function policyOf(row: PolicyRow): SchedulePolicy {
  return {
    timeZone: row.timeZone,
    minNoticeMinutes: row.minNoticeMinutes,
    bookingHorizonDays: row.bookingHorizonDays,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    slotStepMinutes: row.slotStepMinutes,
    blockHolidays: row.blockHolidays,
  }
}

export interface ScheduleWindow {
  from: number
  to: number
  now: Date
  /** An appointment being rescheduled does not block its own new time. */
  excludeAppointmentId?: string
  /** Bookings read everything fresh (in their transaction); displays may use the cache. */
  fresh?: boolean
  /**
   * The platform's cap on how far ahead anyone books (care.maxBookingHorizonDays, read by the
   * caller at the time of the request): a psychologist's own horizon is held to it.
   */
  maxHorizonDays: number
}

/** A psychologist's calendar and what decides who may see and book it. */
export interface ScheduleBundle {
  schedule: Schedule
  userType: string
  isActive: boolean
  profile: { userId: string; isVerified: boolean; roomUrl: string | null }
  /** Active and retired ones, in display order. */
  sessionTypes: SessionTypeRow[]
}

type StaticPart = Omit<ScheduleBundle, 'schedule'> & {
  schedule: Omit<Schedule, 'busy' | 'holidays'>
}

const STATIC_TTL_MS = 15_000
const staticParts = new TtlCache<StaticPart>(STATIC_TTL_MS)
const holidayDates = new TtlCache<ReadonlySet<string>>(10 * 60_000, 1)

/**
 * Identical availability questions within 2 s share one answer: a popular profile is read far
 * more often than it is booked. Changes on this instance drop a psychologist's answers at once;
 * another instance's show here within 2 s. An answer is advisory either way: booking re-checks
 * everything in its transaction (SLOT_TAKEN).
 */
const answers = new GroupedTtlCache<unknown>(2_000)

export function cachedAnswer<T>(psychologistId: string, key: string): T | undefined {
  return answers.get(psychologistId, key) as T | undefined
}

export function rememberAnswer(psychologistId: string, key: string, answer: unknown): void {
  answers.set(psychologistId, key, answer)
}

/** Called after this instance books, cancels, moves or releases one of their appointments. */
export function forgetBookings(psychologistId: string | null): void {
  if (psychologistId) answers.deleteGroup(psychologistId)
}

/** Called after this instance changes a profile, its hours, overrides or session types. */
export function forgetSchedule(psychologistId: string): void {
  staticParts.delete(psychologistId)
  answers.deleteGroup(psychologistId)
}

/**
 * Called on every instance after the holiday calendar changes: the dates, and every answer
 * computed from them, whoever's it was.
 */
export function forgetHolidays(): void {
  holidayDates.delete('all')
  answers.clear()
}

/**
 * Everything the slot computation needs for these psychologists around [from, to). Busy time
 * is always read fresh; the rest comes from a short cache unless `fresh` is asked for, so the
 * availability endpoint costs one small query.
 */
export async function loadSchedules(
  db: Db,
  psychologistIds: string[],
  window: ScheduleWindow,
): Promise<Map<string, ScheduleBundle>> {
  if (psychologistIds.length === 0) return new Map()
  const parts = await staticPartsOf(db, psychologistIds, window)
  if (parts.size === 0) return new Map()
  const holidays = await holidaysOf(db, window.fresh === true)
  // A day's margin around the window covers buffers and local dates.
  const busy = await findBusy(db, [...parts.keys()], {
    from: new Date(window.from - DAY_MS),
    to: new Date(window.to + DAY_MS),
    now: window.now,
    excludeAppointmentId: window.excludeAppointmentId,
  })
  const bundles = new Map<string, ScheduleBundle>()
  for (const [id, part] of parts) {
    const own = busy.filter((b) => b.psychologistId === id)
    const policy = cappedPolicy(part.schedule.policy, window.maxHorizonDays)
    bundles.set(id, { ...part, schedule: { ...part.schedule, policy, holidays, busy: own } })
  }
  return bundles
}

/**
 * The horizon in force: the psychologist's, or the platform's cap when that is nearer. Applied
 * here, where every slot listing and booking check gets its schedule, rather than to what the
 * psychologist stored: raising the cap again gives back what they chose.
 */
function cappedPolicy(policy: SchedulePolicy, maxHorizonDays: number): SchedulePolicy {
  if (policy.bookingHorizonDays <= maxHorizonDays) return policy
  return { ...policy, bookingHorizonDays: maxHorizonDays }
}

async function staticPartsOf(db: Db, ids: string[], window: ScheduleWindow) {
  const parts = new Map<string, StaticPart>()
  const missing = window.fresh ? ids : ids.filter((id) => !cacheInto(parts, id))
  if (missing.length === 0) return parts
  // Overrides from a few days back: windows never reach further into the past than that.
  const fromDate = localDateOf(window.now.getTime() - 3 * DAY_MS, 'UTC')
  for (const row of await findStaticBundles(db, missing, fromDate)) {
    const part = staticPartOf(row)
    staticParts.set(row.id, part)
    parts.set(row.id, part)
  }
  return parts
}

function cacheInto(parts: Map<string, StaticPart>, id: string): boolean {
  const cached = staticParts.get(id)
  if (cached) parts.set(id, cached)
  return cached !== undefined
}

async function holidaysOf(db: Db, fresh: boolean): Promise<ReadonlySet<string>> {
  const cached = fresh ? undefined : holidayDates.get('all')
  if (cached) return cached
  const dates = new Set(await findHolidayDates(db))
  holidayDates.set('all', dates)
  return dates
}

function staticPartOf(row: StaticBundleRow): StaticPart {
  const p = row.profile
  return {
    schedule: {
      policy: {
        timeZone: String(p.time_zone),
        minNoticeMinutes: Number(p.min_notice_minutes),
        bookingHorizonDays: Number(p.booking_horizon_days),
        bufferBeforeMinutes: Number(p.buffer_before_minutes),
        bufferAfterMinutes: Number(p.buffer_after_minutes),
        slotStepMinutes: Number(p.slot_step_minutes),
        blockHolidays: p.block_holidays === true,
      },
      rules: row.rules,
      overrides: row.overrides.map((o) => ({ ...o, kind: o.kind as 'unavailable' | 'available' })),
    },
    userType: row.userType,
    isActive: row.isActive,
    profile: {
      userId: row.id,
      isVerified: p.is_verified === true,
      roomUrl: typeof p.room_url === 'string' ? p.room_url : null,
    },
    sessionTypes: row.sessionTypes.map(sessionTypeOf),
  }
}
function sessionTypeOf(t: Record<string, unknown>): SessionTypeRow {
  return {
    id: String(t.id),
    psychologistId: String(t.psychologist_id),
    nameFa: String(t.name_fa),
    nameEn: String(t.name_en),
    durationMinutes: Number(t.duration_minutes),
    mode: String(t.mode),
    priceIrr: Number(t.price_irr),
    isActive: t.is_active === true,
    sortOrder: Number(t.sort_order),
    createdAt: new Date(String(t.created_at)),
    updatedAt: new Date(String(t.updated_at)),
  }
}
