import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { appointments, users } from '../../db/schema/index.ts'
import { Conflict, orConflict } from '../../db/sql-state.ts'

export type AppointmentRow = typeof appointments.$inferSelect
export type AppointmentInsert = typeof appointments.$inferInsert
export type AppointmentPatch = Partial<Omit<AppointmentInsert, 'id'>>

const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`

const blockedRange = sql`tstzrange(COALESCE(${appointments.blockedFrom}, ${appointments.scheduledAt}), COALESCE(${appointments.blockedUntil}, ${appointments.endsAt}), '[)')`

/**
 * Turns expired holds into cancelled rows so the EXCLUDE constraint lets the slot go. Scoped
 * to one psychologist and range inside a booking; everywhere when the sweeper runs.
 */
export async function releaseExpiredHolds(
  db: Db,
  input: { now: Date; psychologistId?: string; from?: Date; to?: Date },
): Promise<string[]> {
  const rows = await db
    .update(appointments)
    .set({
      status: 'cancelled',
      cancelReason: 'hold_expired',
      cancelledByRole: 'system',
      cancelledAt: input.now,
      refundable: false,
      updatedAt: input.now,
    })
    .where(
      and(
        eq(appointments.status, 'pending'),
        sql`${appointments.holdExpiresAt} <= ${ts(input.now)}`,
        input.psychologistId ? eq(appointments.psychologistId, input.psychologistId) : undefined,
        input.from && input.to
          ? sql`${blockedRange} && tstzrange(${ts(input.from)}, ${ts(input.to)}, '[)')`
          : undefined,
      ),
    )
    .returning({ id: appointments.id })
  return rows.flatMap((row) => (row.id ? [row.id] : []))
}

/**
 * The new row, or a Conflict: `exclusion` when a live appointment already holds an overlapping
 * range, `unique` when the patient already used their free session with this psychologist.
 */
export async function insertAppointment(
  db: Db,
  values: AppointmentInsert,
): Promise<AppointmentRow | Conflict> {
  // A free booking uses the patient's one free session with this psychologist (migration 0501).
  const insert = db
    .insert(appointments)
    .values({ ...values, freeIntro: values.priceIrr === 0 })
    .returning()
  const inserted = await orConflict(
    orConflict(insert, 'unique', 'uq_appointments_free_intro'),
    'exclusion',
  )
  if (inserted instanceof Conflict) return inserted
  const [row] = inserted
  if (!row) throw new Error('appointment insert returned no row')
  return row
}

export async function findAppointment(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const query = db.select().from(appointments).where(eq(appointments.id, id)).limit(1)
  const [row] = options.forUpdate ? await query.for('update') : await query
  return row
}

/** Applies `patch` only while the row is still in `expectedStatus` (no lost updates). */
export async function updateAppointment(
  db: Db,
  id: string,
  expectedStatus: string,
  patch: AppointmentPatch,
): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .update(appointments)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(appointments.id, id), eq(appointments.status, expectedStatus)))
    .returning()
  return row
}

/**
 * updateAppointment for a patch that takes a slot (a new time, or a status back among the live
 * ones): a Conflict when the range overlaps another live appointment.
 */
export function updateAppointmentSlot(
  db: Db,
  id: string,
  expectedStatus: string,
  patch: AppointmentPatch,
): Promise<AppointmentRow | undefined | Conflict> {
  return orConflict(updateAppointment(db, id, expectedStatus, patch), 'exclusion')
}

export interface ListFilter {
  userId?: string
  /** Only those with this patient (a psychologist's sessions with one of their patients). */
  patientId?: string
  scope: 'upcoming' | 'past'
  status?: string
  after?: { scheduledAt: Date; id: string }
  /** Only appointments starting in [startsFrom, startsBefore): a calendar's day or week. */
  startsFrom?: Date
  startsBefore?: Date
  now: Date
  limit: number
}

/**
 * What "upcoming" means: a session that has not ended and will still take place — confirmed,
 * or pending while its payment hold stands. Everything else (ended, cancelled, a hold that ran
 * out, an outcome recorded early) is past, so the two tabs split every appointment between them.
 */
function stillToCome(now: Date): SQL {
  return sql`(${appointments.endsAt} > ${ts(now)} AND (${appointments.status} = 'confirmed' OR (${appointments.status} = 'pending' AND (${appointments.holdExpiresAt} IS NULL OR ${appointments.holdExpiresAt} > ${ts(now)}))))`
}

/** Upcoming soonest first; past most recent first; keyset on (scheduled_at, id). */
export function listAppointments(db: Db, filter: ListFilter): Promise<AppointmentRow[]> {
  const upcoming = filter.scope === 'upcoming'
  const conditions: (SQL | undefined)[] = [
    filter.userId
      ? or(
          eq(appointments.patientId, filter.userId),
          eq(appointments.psychologistId, filter.userId),
        )
      : undefined,
    filter.patientId ? eq(appointments.patientId, filter.patientId) : undefined,
    upcoming ? stillToCome(filter.now) : sql`NOT (${stillToCome(filter.now)})`,
    filter.status ? eq(appointments.status, filter.status) : undefined,
    filter.startsFrom ? sql`${appointments.scheduledAt} >= ${ts(filter.startsFrom)}` : undefined,
    filter.startsBefore ? sql`${appointments.scheduledAt} < ${ts(filter.startsBefore)}` : undefined,
  ]
  if (filter.after) {
    const { scheduledAt, id } = filter.after
    conditions.push(
      upcoming
        ? sql`(${appointments.scheduledAt}, ${appointments.id}) > (${ts(scheduledAt)}, ${id}::uuid)`
        : sql`(${appointments.scheduledAt}, ${appointments.id}) < (${ts(scheduledAt)}, ${id}::uuid)`,
    )
  }
  const order = upcoming
    ? [asc(appointments.scheduledAt), asc(appointments.id)]
    : [desc(appointments.scheduledAt), desc(appointments.id)]
  return db
    .select()
    .from(appointments)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit + 1)
}

export async function findProfiles(
  db: Db,
  ids: string[],
): Promise<Map<string, { profile: unknown; preferences: unknown }>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ id: users.id, profile: users.profile, preferences: users.preferences })
    .from(users)
    .where(inArray(users.id, ids))
  return new Map(rows.map((row) => [row.id, row]))
}

/** Whether these two already had a confirmed (or later) appointment other than `exceptId`. */
export async function hadConfirmedBefore(
  db: Db,
  input: { patientId: string; psychologistId: string; exceptId?: string },
): Promise<boolean> {
  const rows = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, input.patientId),
        eq(appointments.psychologistId, input.psychologistId),
        inArray(appointments.status, ['confirmed', 'completed', 'no_show']),
        input.exceptId ? sql`${appointments.id} <> ${input.exceptId}::uuid` : undefined,
      ),
    )
    .limit(1)
  return rows.length > 0
}

/** Claims the announcement of a confirmation once, across instances and the sweeper. */
export async function claimAnnouncement(
  db: Db,
  id: string,
  reminderJobIds: string[],
): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .update(appointments)
    .set({ announcedAt: sql`now()`, reminderJobIds })
    .where(
      and(
        eq(appointments.id, id),
        eq(appointments.status, 'confirmed'),
        isNull(appointments.announcedAt),
      ),
    )
    .returning()
  return row
}

export async function findUnannounced(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.status, 'confirmed'), isNull(appointments.announcedAt)))
    .orderBy(asc(appointments.confirmedAt))
    .limit(limit)
  return rows.flatMap((row) => (row.id ? [row.id] : []))
}

/**
 * The psychologists treating this patient: those with a confirmed (or later) appointment with
 * them. The safety module tells them of an alert; a cancelled request makes nobody treating.
 */
export async function findTreatingPsychologistIds(db: Db, patientId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: appointments.psychologistId })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, patientId),
        inArray(appointments.status, ['confirmed', 'completed', 'no_show']),
      ),
    )
  return rows.flatMap((row) => (row.id ? [row.id] : []))
}

/** The patients this psychologist treats (a confirmed or later appointment with them). */
export async function findTreatedPatientIds(db: Db, psychologistId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: appointments.patientId })
    .from(appointments)
    .where(
      and(
        eq(appointments.psychologistId, psychologistId),
        inArray(appointments.status, ['confirmed', 'completed', 'no_show']),
      ),
    )
  return rows.flatMap((row) => (row.id ? [row.id] : []))
}
