import type { AvailabilityQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../sessions/auth-context.ts'
import { DAY_MS, isValidTimeZone, MINUTE_MS, parseBound } from './local-time.ts'
import type { SessionTypeRow } from './professional.repository.ts'
import { isVisible } from './professional.service.ts'
import { loadSchedules, type ScheduleBundle, type ScheduleWindow } from './schedule.service.ts'
import {
  checkSlot,
  computeFreeSlots,
  type Schedule,
  type SlotRejection,
} from './slot-computation.ts'

export const MAX_RANGE_DAYS = 62
const DEFAULT_RANGE_DAYS = 14

/** One query; a hidden or missing psychologist answers like a missing one. */
async function visibleBundle(
  db: Db,
  psychologistId: string,
  viewer: AuthContext | null,
  window: ScheduleWindow,
): Promise<ScheduleBundle> {
  const bundle = (await loadSchedules(db, [psychologistId], window)).get(psychologistId)
  if (!bundle || !isVisible(bundle, viewer)) throw new AppError('NOT_FOUND', 'professional')
  return bundle
}

/** Free slots of one psychologist for one session type, as UTC instants. */
export async function getAvailability(
  db: Db,
  psychologistId: string,
  query: AvailabilityQuery,
  viewer: AuthContext | null,
  now = new Date(),
) {
  const zone = query.timeZone
  if (zone !== undefined && !isValidTimeZone(zone)) throw new AppError('INVALID_TIME_ZONE', zone)
  // Date bounds are read in the asked zone, else the psychologist's (known after the query),
  // so the range is checked against a day's margin first and parsed exactly afterwards.
  const rough = rangeOf(query, zone ?? 'UTC', now)
  const bundle = await visibleBundle(db, psychologistId, viewer, {
    from: rough.from - DAY_MS,
    to: rough.to + DAY_MS,
    now,
  })
  const { timeZone } = bundle.schedule.policy
  const { from, to } = zone ? rough : rangeOf(query, timeZone, now)
  const sessionType = pickSessionType(bundle, query.sessionType)
  const slots = computeFreeSlots(bundle.schedule, {
    from,
    to,
    now: now.getTime(),
    durationMinutes: sessionType.durationMinutes,
  })
  return {
    psychologistId,
    sessionTypeId: sessionType.id,
    durationMinutes: sessionType.durationMinutes,
    timeZone,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    slots: slots.map((slot) => ({
      startsAt: new Date(slot.start).toISOString(),
      endsAt: new Date(slot.end).toISOString(),
    })),
  }
}

function rangeOf(query: AvailabilityQuery, zone: string, now: Date) {
  const from = query.from ? parseBound(query.from, zone, false) : now.getTime()
  const to = query.to ? parseBound(query.to, zone, true) : from + DEFAULT_RANGE_DAYS * DAY_MS
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new AppError('RANGE_INVALID', 'to must follow from')
  }
  if (to - from > MAX_RANGE_DAYS * DAY_MS) throw new AppError('RANGE_TOO_LARGE', 'over 62 days')
  return { from, to }
}

function pickSessionType(bundle: ScheduleBundle, id: string | undefined): SessionTypeRow {
  const active = bundle.sessionTypes.filter((t) => t.isActive)
  const type = id ? active.find((t) => t.id === id) : active[0]
  if (!type) throw new AppError('NOT_FOUND', 'session type')
  return type
}

export interface BookableSlot {
  psychologistId: string
  sessionType: SessionTypeRow
  start: Date
  end: Date
  blockedFrom: Date
  blockedUntil: Date
  roomUrl: string | null
}

const REJECTION_CODES: Record<SlotRejection, string> = {
  past: 'BOOKING_IN_PAST',
  too_soon: 'BOOKING_TOO_SOON',
  too_far: 'BOOKING_TOO_FAR',
  holiday: 'HOLIDAY_BLOCKED',
  unavailable: 'SLOT_UNAVAILABLE',
  taken: 'SLOT_TAKEN',
}

export interface SlotRequest {
  psychologistId: string
  sessionTypeId: string
  start: Date
  now: Date
  viewer: AuthContext | null
  /** Moving an existing appointment: it keeps its own length and may use a retired type. */
  reschedule?: { appointmentId: string; durationMinutes: number }
  /** False for psychologists and admins moving a session: only the past and overlaps stop it. */
  enforcePolicy?: boolean
  /** False for a cheap early check outside the transaction (cached profile and hours). */
  fresh?: boolean
}

/**
 * Checks a requested slot against the psychologist's schedule and answers what to write.
 * Overlaps are refused here with a precise code and, finally, by the database.
 */
export async function resolveBookableSlot(db: Db, input: SlotRequest): Promise<BookableSlot> {
  const start = input.start.getTime()
  const bundle = await visibleBundle(db, input.psychologistId, input.viewer, {
    from: start,
    to: start + DAY_MS,
    now: input.now,
    excludeAppointmentId: input.reschedule?.appointmentId,
    fresh: input.fresh ?? true,
  })
  if (!bundle.isActive) throw new AppError('NOT_FOUND', 'professional')
  const sessionType = bundle.sessionTypes.find((t) => t.id === input.sessionTypeId)
  if (!sessionType) throw new AppError('NOT_FOUND', 'session type')
  if (!sessionType.isActive && !input.reschedule) {
    throw new AppError('SESSION_TYPE_UNAVAILABLE', sessionType.id)
  }
  const durationMinutes = input.reschedule?.durationMinutes ?? sessionType.durationMinutes
  const schedule = input.enforcePolicy === false ? relaxed(bundle.schedule) : bundle.schedule
  const rejection = checkSlot(schedule, { start, durationMinutes, now: input.now.getTime() })
  if (rejection) throw new AppError(REJECTION_CODES[rejection], rejection)
  const { bufferBeforeMinutes, bufferAfterMinutes } = bundle.schedule.policy
  const end = start + durationMinutes * MINUTE_MS
  return {
    psychologistId: input.psychologistId,
    sessionType,
    start: input.start,
    end: new Date(end),
    blockedFrom: new Date(start - bufferBeforeMinutes * MINUTE_MS),
    blockedUntil: new Date(end + bufferAfterMinutes * MINUTE_MS),
    roomUrl: bundle.profile.roomUrl,
  }
}

/** The whole day open, no notice or horizon: only the past and overlaps still stop a move. */
function relaxed(schedule: Schedule): Schedule {
  return {
    ...schedule,
    policy: {
      ...schedule.policy,
      minNoticeMinutes: 0,
      bookingHorizonDays: 3650,
      blockHolidays: false,
      slotStepMinutes: 5,
    },
    rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    overrides: [],
  }
}
