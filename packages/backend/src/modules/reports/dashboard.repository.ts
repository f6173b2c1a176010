import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

/*
 * The dashboard's figures, read straight from the tables they count (appointments, payments,
 * users, notification deliveries, psychologist profiles, safety alerts): a read model of
 * aggregate counts that writes nothing and that no module depends on. Each weekly query reads
 * one time range through its index (migration 1040) and puts rows in weeks with width_bucket
 * over the weeks' boundaries, computed in Tehran time by jalali-weeks.ts: bucket 1 is the
 * oldest week.
 */

const timestamps = (instants: Date[]) =>
  sql`ARRAY[${sql.join(
    instants.map((instant) => sql`${instant.toISOString()}::timestamptz`),
    sql`, `,
  )}]`

const bucketOf = (column: SQL, edges: Date[]) => sql`width_bucket(${column}, ${timestamps(edges)})`

function range(column: SQL, edges: Date[]) {
  const from = edges[0]?.toISOString()
  const to = edges.at(-1)?.toISOString()
  return sql`${column} >= ${from}::timestamptz AND ${column} < ${to}::timestamptz`
}

export interface AppointmentWeekRow {
  bucket: number
  sessions: number
  active_patients: number
  completed: number
  no_shows: number
  late_cancelled: number
}

/**
 * Sessions by the week they start in. A session is confirmed, completed or a no-show (holds and
 * cancellations are not sessions); a late cancellation is a confirmed one cancelled less than
 * `lateHours` before its start.
 */
export function countAppointmentWeeks(db: Db, edges: Date[], lateHours: number) {
  const held = sql`status IN ('confirmed', 'completed', 'no_show')`
  return queryRows<AppointmentWeekRow>(
    db,
    sql`
      SELECT ${bucketOf(sql`scheduled_at`, edges)} AS bucket,
        count(*) FILTER (WHERE ${held})::int AS sessions,
        count(DISTINCT patient_id) FILTER (WHERE ${held})::int AS active_patients,
        count(*) FILTER (WHERE status = 'completed')::int AS completed,
        count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
        count(*) FILTER (WHERE status = 'cancelled' AND confirmed_at IS NOT NULL
          AND cancelled_at > scheduled_at - make_interval(hours => ${lateHours}::int))::int AS late_cancelled
      FROM appointments WHERE ${range(sql`scheduled_at`, edges)}
      GROUP BY 1`,
  )
}

/**
 * Money by the week it settled, in rials: payments that completed (refunded later or not) and
 * refunds that completed. Sums come back as text (bigint) and are read as numbers.
 */
export function sumMoneyWeeks(db: Db, edges: Date[]) {
  return queryRows<{ bucket: number; paid: string; refunded: string }>(
    db,
    sql`
      SELECT ${bucketOf(sql`completed_at`, edges)} AS bucket,
        coalesce(sum(amount) FILTER (WHERE type = 'payment'), 0)::text AS paid,
        coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0)::text AS refunded
      FROM transactions
      WHERE ${range(sql`completed_at`, edges)}
        AND ((type = 'payment' AND status IN ('completed', 'refunded'))
          OR (type = 'refund' AND status = 'completed'))
      GROUP BY 1`,
  )
}

/** Patients and psychologists who signed up, by week (staff accounts are not sign-ups). */
export function countSignUpWeeks(db: Db, edges: Date[]) {
  return queryRows<{ bucket: number; sign_ups: number }>(
    db,
    sql`
      SELECT ${bucketOf(sql`created_at`, edges)} AS bucket,
        count(*) FILTER (WHERE type IN ('patient', 'psychologist'))::int AS sign_ups
      FROM users WHERE ${range(sql`created_at`, edges)}
      GROUP BY 1`,
  )
}

/** Deliveries (any channel) that failed for good, by the week they were created. */
export function countFailedDeliveryWeeks(db: Db, edges: Date[]) {
  return queryRows<{ bucket: number; failed: number }>(
    db,
    sql`
      SELECT ${bucketOf(sql`created_at`, edges)} AS bucket, count(*)::int AS failed
      FROM notification_deliveries
      WHERE status = 'failed' AND ${range(sql`created_at`, edges)}
      GROUP BY 1`,
  )
}

/**
 * What was waiting at each of the given instants (oldest first; index 1 is the first):
 * psychologists of active accounts whose profile existed and was not verified then, and safety
 * alerts raised and not yet resolved then. A profile unverified now counts as waiting since it
 * was created (a withdrawn verification clears verified_at); a verified one without
 * verified_at (written before reviews were recorded) as verified all along. At the last
 * instant, now, this is exactly the verification queue. Both tables are small next to the others.
 */
export function countWaitingAt(db: Db, instants: Date[]) {
  const first = instants[0]?.toISOString()
  // Each table is read once (MATERIALIZED: not again for every instant), and its rows compared
  // with the dozen instants in memory.
  return queryRows<{ at_index: number; pending: number; open_alerts: number }>(
    db,
    sql`
      WITH e AS (
        SELECT at, k::int FROM unnest(${timestamps(instants)}) WITH ORDINALITY AS e(at, k)
      ), p AS MATERIALIZED (
        SELECT p.created_at,
          CASE WHEN p.is_verified THEN coalesce(p.verified_at, '-infinity') END AS verified_at
        FROM psychologist_profiles p JOIN users u ON u.id = p.user_id
        WHERE u.type = 'psychologist' AND u.is_active
      ), a AS MATERIALIZED (
        SELECT created_at, resolved_at FROM safety_alerts
        WHERE resolved_at IS NULL OR resolved_at > ${first}::timestamptz
      )
      SELECT e.k AS at_index,
        (SELECT count(*) FROM p WHERE p.created_at <= e.at
          AND (p.verified_at IS NULL OR p.verified_at > e.at))::int AS pending,
        (SELECT count(*) FROM a WHERE a.created_at <= e.at
          AND (a.resolved_at IS NULL OR a.resolved_at > e.at))::int AS open_alerts
      FROM e ORDER BY e.k`,
  )
}
