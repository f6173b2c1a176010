import type { ErrorCode } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { visibleBundle } from './availability.service.ts'
import { DAY_MS, MINUTE_MS } from './local-time.ts'
import type { SessionTypeRow } from './professional.repository.ts'
import { checkSlot, type Schedule, type SlotRejection } from './slot-computation.ts'

export interface BookableSlot {
  psychologistId: string
  sessionType: SessionTypeRow
  start: Date
  end: Date
  blockedFrom: Date
  blockedUntil: Date
  roomUrl: string | null
}

const REJECTION_CODES: Record<SlotRejection, ErrorCode> = {
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
  /** The platform's cap on how far ahead anyone books (care.maxBookingHorizonDays). */
  maxHorizonDays: number
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
    maxHorizonDays: input.maxHorizonDays,
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
