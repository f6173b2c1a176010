import type { ClinicianFilter } from '@yektayar/shared'
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { psychologistProfiles, sessionTypes, users } from '../../db/schema/index.ts'
import type { ProfileRow } from './professional.repository.ts'

export interface ClinicianRow {
  profile: ProfileRow
  userProfile: unknown
  isActive: boolean
}

const FILTERS: Record<ClinicianFilter, SQL | undefined> = {
  awaiting: sql`NOT ${psychologistProfiles.isVerified} AND ${users.isActive}`,
  verified: sql`${psychologistProfiles.isVerified}`,
  all: undefined,
}

// Milliseconds on both sides, as lib/keyset.ts explains for the newest-first lists.
const submitted = sql`date_trunc('milliseconds', ${psychologistProfiles.createdAt})`

/** Psychologists by when their profile was created, oldest first: the queue's fair order. */
export function listClinicianRows(
  db: Db,
  filter: { status: ClinicianFilter; after?: { createdAt: Date; id: string }; limit: number },
): Promise<ClinicianRow[]> {
  const after = filter.after
    ? sql`(${submitted}, ${psychologistProfiles.userId}) > (${filter.after.createdAt.toISOString()}::timestamptz, ${filter.after.id}::uuid)`
    : undefined
  return db
    .select({
      profile: psychologistProfiles,
      userProfile: users.profile,
      isActive: sql<boolean>`coalesce(${users.isActive}, false)`,
    })
    .from(psychologistProfiles)
    .innerJoin(users, eq(users.id, psychologistProfiles.userId))
    .where(and(eq(users.type, 'psychologist'), FILTERS[filter.status], after))
    .orderBy(asc(submitted), asc(psychologistProfiles.userId))
    .limit(filter.limit + 1)
}

/**
 * The outcome of a review: verified (any earlier request for changes answered), or sent back
 * with a reason. `updated_at` is left alone: it records the psychologist's own changes, which
 * tell a resubmission from a profile nobody touched since.
 */
export async function writeReview(
  db: Db,
  userId: string,
  review: { isVerified: boolean; reason: string | null; by: string },
): Promise<ProfileRow | undefined> {
  const [row] = await db
    .update(psychologistProfiles)
    .set({
      isVerified: review.isVerified,
      verifiedAt: review.isVerified ? sql`now()` : null,
      verifiedBy: review.isVerified ? review.by : null,
      rejectionReason: review.reason,
      reviewedAt: sql`now()`,
      reviewedBy: review.by,
    })
    .where(eq(psychologistProfiles.userId, userId))
    .returning()
  return row
}

export type ListingValues = Partial<
  Pick<ProfileRow, 'bioFa' | 'bioEn' | 'specialties' | 'approaches' | 'isListed'>
>

/** A verifier's edit of the listing; like writeReview it leaves `updated_at` to the owner. */
export async function writeListing(
  db: Db,
  userId: string,
  values: ListingValues,
): Promise<ProfileRow | undefined> {
  if (Object.keys(values).length === 0) {
    const [row] = await db
      .select()
      .from(psychologistProfiles)
      .where(eq(psychologistProfiles.userId, userId))
    return row
  }
  const [row] = await db
    .update(psychologistProfiles)
    .set(values)
    .where(eq(psychologistProfiles.userId, userId))
    .returning()
  return row
}

/** Turns the named session types of this psychologist on or off; others' ids match nothing. */
export async function setSessionTypesActive(
  db: Db,
  psychologistId: string,
  changes: { id: string; isActive: boolean }[],
): Promise<number> {
  let changed = 0
  for (const isActive of [true, false]) {
    const ids = changes.filter((change) => change.isActive === isActive).map((change) => change.id)
    if (ids.length === 0) continue
    const rows = await db
      .update(sessionTypes)
      .set({ isActive, updatedAt: sql`now()` })
      .where(and(eq(sessionTypes.psychologistId, psychologistId), inArray(sessionTypes.id, ids)))
      .returning({ id: sessionTypes.id })
    changed += rows.length
  }
  return changed
}
