import type { ProfessionalListQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import {
  countDirectory,
  type DirectoryRow,
  listDirectory,
  sortValueOf,
} from './directory.repository.ts'
import { DAY_MS } from './local-time.ts'
import { findProfileWithUser, listSessionTypes } from './professional.repository.ts'
import {
  decodeDirectoryCursor,
  detailOf,
  encodeDirectoryCursor,
  summaryOf,
} from './professional-views.ts'
import { loadSchedules } from './schedule.service.ts'
import { computeFreeSlots } from './slot-computation.ts'

const canVerify = (viewer: AuthContext | null) =>
  viewer?.permissions.has('professionals.verify') ?? false

interface VisibilityFacts {
  profile: { userId: string; isVerified: boolean } | null
  userType: string
  isActive: boolean
}

/**
 * Verified, active psychologists are public; anyone else's profile is visible only to
 * themselves and to those who verify profiles. Hidden ones answer like missing ones.
 */
export function isVisible(found: VisibilityFacts | undefined, viewer: AuthContext | null) {
  if (!found?.profile || found.userType !== 'psychologist') return false
  if (viewer?.userId === found.profile.userId || canVerify(viewer)) return true
  return found.isActive && found.profile.isVerified
}

export async function getProfessional(db: Db, id: string, viewer: AuthContext | null) {
  const found = await findProfileWithUser(db, id)
  if (!found?.profile || !isVisible(found, viewer)) throw new AppError('NOT_FOUND', 'professional')
  const types = await listSessionTypes(db, id, { activeOnly: true })
  return detailOf(found.userProfile, found.profile, types)
}

type Item = ReturnType<typeof summaryOf> & { nextAvailableAt?: string | null }

/** How far ahead a card's "next free time" looks when the list is not filtered by it. */
const NEXT_FREE_DAYS = 30

/**
 * Filters and sorts in SQL; each card's next free time comes from the same slot computation
 * the availability endpoint uses, one schedule load per page. "Available within N days" keeps
 * only cards that have one, scanning on until the page is full.
 */
export async function listProfessionals(
  db: Db,
  query: ProfessionalListQuery,
  viewer: AuthContext | null,
  maxHorizonDays: number,
  now = new Date(),
) {
  const filter = {
    ...query,
    includeUnverified: Boolean(query.includeUnverified) && canVerify(viewer),
    after: query.cursor ? decodeDirectoryCursor(query.cursor, query.sort) : undefined,
  }
  const total =
    query.cursor || query.availableWithinDays ? Promise.resolve(null) : countDirectory(db, filter)
  const items: { row: DirectoryRow; item: Item }[] = []
  for (let scanned = 0; items.length <= query.limit && scanned < 20; scanned++) {
    const rows = await listDirectory(db, filter)
    const kept = await withAvailability(db, rows, query.availableWithinDays, {
      maxHorizonDays,
      now,
    })
    items.push(...kept.slice(0, query.limit + 1 - items.length))
    const last = rows.at(-1)
    if (rows.length <= query.limit || !last) break
    filter.after = { value: sortValueOf(last, query.sort), id: last.id }
  }
  const page = items.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    items.length > query.limit && last
      ? encodeDirectoryCursor(query.sort, sortValueOf(last.row, query.sort), last.row.id)
      : null
  return { items: page.map((entry) => entry.item), nextCursor, total: await total }
}

async function withAvailability(
  db: Db,
  rows: DirectoryRow[],
  withinDays: number | undefined,
  { maxHorizonDays, now }: { maxHorizonDays: number; now: Date },
): Promise<{ row: DirectoryRow; item: Item }[]> {
  const window = {
    from: now.getTime(),
    to: now.getTime() + (withinDays ?? NEXT_FREE_DAYS) * DAY_MS,
    now,
  }
  const bundles = await loadSchedules(
    db,
    rows.map((row) => row.id),
    { ...window, maxHorizonDays },
  )
  const kept: { row: DirectoryRow; item: Item }[] = []
  for (const row of rows) {
    const schedule = bundles.get(row.id)?.schedule
    const [first] = schedule
      ? computeFreeSlots(schedule, {
          ...window,
          now: now.getTime(),
          durationMinutes: row.minDurationMinutes,
          limit: 1,
        })
      : []
    if (withinDays && !first) continue
    const nextAvailableAt = first ? new Date(first.start).toISOString() : null
    kept.push({ row, item: { ...summaryOf(row), nextAvailableAt } })
  }
  return kept
}

/** For files: whether this user is a psychologist with a profile (whose documents verifiers read). */
export async function isPsychologistWithProfile(db: Db, userId: string): Promise<boolean> {
  const found = await findProfileWithUser(db, userId)
  return Boolean(found?.profile) && found?.userType === 'psychologist'
}
