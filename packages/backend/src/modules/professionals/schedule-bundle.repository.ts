import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

/** What rarely changes about a psychologist's calendar, as one row of JSON. */
export interface StaticBundleRow {
  id: string
  userType: string
  isActive: boolean
  profile: Record<string, unknown>
  sessionTypes: Record<string, unknown>[]
  rules: { weekday: number; start: string; end: string }[]
  overrides: { date: string; kind: string; start: string | null; end: string | null }[]
}

const idList = (ids: string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`
const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`

/** Profile, session types, weekly hours and overrides from `fromDate` on, one row each. */
export function findStaticBundles(
  db: Db,
  ids: string[],
  fromDate: string,
): Promise<StaticBundleRow[]> {
  return queryRows<StaticBundleRow>(
    db,
    sql`SELECT u.id, u.type AS "userType", u.is_active AS "isActive", to_jsonb(p) AS profile,
      COALESCE((SELECT json_agg(to_jsonb(st) ORDER BY st.sort_order, st.created_at)
        FROM session_types st WHERE st.psychologist_id = u.id), '[]') AS "sessionTypes",
      COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'start', r.start_time,
          'end', r.end_time)) FROM availability_rules r WHERE r.psychologist_id = u.id), '[]') AS rules,
      COALESCE((SELECT json_agg(json_build_object('date', o.override_date, 'kind', o.kind,
          'start', o.start_time, 'end', o.end_time)) FROM availability_overrides o
        WHERE o.psychologist_id = u.id AND o.override_date >= ${fromDate}::date), '[]') AS overrides
    FROM users u JOIN psychologist_profiles p ON p.user_id = u.id
    WHERE u.id IN ${idList(ids)}`,
  )
}

export interface BusyRow {
  psychologistId: string
  start: number
  end: number
}

interface BusyColumns {
  psychologistId: string
  scheduledAt: Date | string
  endsAt: Date | string
  blockedFrom: Date | string | null
  blockedUntil: Date | string | null
}

const millis = (value: Date | string) => (value instanceof Date ? value : new Date(value)).getTime()

/**
 * Blocked ranges (session plus buffers) of live appointments: confirmed, or pending with a hold
 * still running. Read here, beside the rest of the calendar, because the availability endpoint
 * must stay at one small query per request (the care feature owns both tables). Plain columns:
 * computing epochs in SQL (numeric) cost three times the whole query.
 */
export async function findBusy(
  db: Db,
  ids: string[],
  window: { from: Date; to: Date; now: Date; excludeAppointmentId?: string },
): Promise<BusyRow[]> {
  const exclude = window.excludeAppointmentId
    ? sql`AND a.id <> ${window.excludeAppointmentId}::uuid`
    : sql``
  const rows = await queryRows<BusyColumns>(
    db,
    sql`SELECT a.psychologist_id AS "psychologistId", a.scheduled_at AS "scheduledAt",
        a.ends_at AS "endsAt", a.blocked_from AS "blockedFrom", a.blocked_until AS "blockedUntil"
      FROM appointments a
      WHERE a.psychologist_id IN ${idList(ids)} ${exclude}
        AND a.status IN ('confirmed', 'pending')
        AND (a.status = 'confirmed' OR a.hold_expires_at IS NULL OR a.hold_expires_at > ${ts(window.now)})
        AND COALESCE(a.blocked_from, a.scheduled_at) < ${ts(window.to)}
        AND COALESCE(a.blocked_until, a.ends_at) > ${ts(window.from)}`,
  )
  return rows.map((row) => ({
    psychologistId: row.psychologistId,
    start: millis(row.blockedFrom ?? row.scheduledAt),
    end: millis(row.blockedUntil ?? row.endsAt),
  }))
}

/** Every official holiday date; the table holds two years, a few dozen rows. */
export async function findHolidayDates(db: Db): Promise<string[]> {
  const rows = await queryRows<{ date: string }>(
    db,
    sql`SELECT DISTINCT to_char(holiday_date, 'YYYY-MM-DD') AS date FROM holidays`,
  )
  return rows.map((row) => row.date)
}
