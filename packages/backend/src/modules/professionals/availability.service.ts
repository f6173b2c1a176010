import type { AvailabilityQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { EncodedBody } from '../../lib/encoded-body.ts'
import { DAY_MS, isValidTimeZone, parseBound } from './local-time.ts'
import type { SessionTypeRow } from './professional.repository.ts'
import { isVisible } from './professional.service.ts'
import {
  cachedAnswer,
  loadSchedules,
  rememberAnswer,
  type ScheduleBundle,
  type ScheduleWindow,
} from './schedule.service.ts'
import { computeFreeSlots } from './slot-computation.ts'

export const MAX_RANGE_DAYS = 62
const DEFAULT_RANGE_DAYS = 14

/** One query; a hidden or missing psychologist answers like a missing one. */
export async function visibleBundle(
  db: Db,
  psychologistId: string,
  viewer: AuthContext | null,
  window: ScheduleWindow,
): Promise<ScheduleBundle> {
  const bundle = (await loadSchedules(db, [psychologistId], window)).get(psychologistId)
  if (!bundle || !isVisible(bundle, viewer)) throw new AppError('NOT_FOUND', 'professional')
  return bundle
}

/**
 * Free slots of one psychologist for one session type, as UTC instants, already serialised:
 * a cached answer is sent as it is (compressed once per encoding), since re-validating and
 * re-serialising ~150 slots cost more than reading them from the cache.
 */
export async function getAvailabilityJson(
  db: Db,
  psychologistId: string,
  query: AvailabilityQuery,
  viewer: AuthContext | null,
  maxHorizonDays: number,
  now = new Date(),
): Promise<EncodedBody> {
  // Unverified profiles answer only their owner and verifiers, so they never share a key.
  const audience =
    viewer?.userId === psychologistId || viewer?.permissions.has('professionals.verify')
      ? (viewer?.userId ?? '')
      : 'public'
  // The cap is in the key: a changed cap is never answered from before it changed.
  const { sessionType, from, to, timeZone } = query
  const key = [audience, sessionType, from, to, timeZone, maxHorizonDays].join('|')
  const cached = cachedAnswer<EncodedBody>(psychologistId, key)
  if (cached) return cached
  const slots = await computeAvailability(db, psychologistId, query, viewer, {
    maxHorizonDays,
    now,
  })
  const answer = new EncodedBody(Buffer.from(JSON.stringify(slots)))
  rememberAnswer(psychologistId, key, answer)
  return answer
}

async function computeAvailability(
  db: Db,
  psychologistId: string,
  query: AvailabilityQuery,
  viewer: AuthContext | null,
  { maxHorizonDays, now }: { maxHorizonDays: number; now: Date },
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
    maxHorizonDays,
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
