import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { companionUsageDaily } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'

export type UsageCounts = Partial<
  Record<'messages' | 'unavailable' | 'crises' | 'concerns' | 'handoffs' | 'replaced', number>
>

const u = companionUsageDaily
const TODAY = sql`(now() AT TIME ZONE 'UTC')::date`

/** Adds to today's counts (UTC); no person and no content are ever written here. */
export async function addUsage(db: Db, counts: UsageCounts): Promise<void> {
  const values = {
    messages: counts.messages ?? 0,
    unavailable: counts.unavailable ?? 0,
    crises: counts.crises ?? 0,
    concerns: counts.concerns ?? 0,
    handoffs: counts.handoffs ?? 0,
    replaced: counts.replaced ?? 0,
  }
  await db
    .insert(u)
    .values({ day: TODAY, ...values })
    .onConflictDoUpdate({
      target: u.day,
      set: {
        messages: sql`${u.messages} + ${values.messages}`,
        unavailable: sql`${u.unavailable} + ${values.unavailable}`,
        crises: sql`${u.crises} + ${values.crises}`,
        concerns: sql`${u.concerns} + ${values.concerns}`,
        handoffs: sql`${u.handoffs} + ${values.handoffs}`,
        replaced: sql`${u.replaced} + ${values.replaced}`,
      },
    })
}

export interface UsageDayRow {
  day: string
  messages: number
  unavailable: number
  crises: number
  concerns: number
  handoffs: number
  replaced: number
}

/** The last `days` UTC days, oldest first, with zeros for days nothing happened. */
export function usageDays(db: Db, days: number): Promise<UsageDayRow[]> {
  return queryRows<UsageDayRow>(
    db,
    sql`SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
        coalesce(u.messages, 0)::int AS messages, coalesce(u.unavailable, 0)::int AS unavailable,
        coalesce(u.crises, 0)::int AS crises, coalesce(u.concerns, 0)::int AS concerns,
        coalesce(u.handoffs, 0)::int AS handoffs, coalesce(u.replaced, 0)::int AS replaced
      FROM generate_series(${TODAY} - ${days - 1}::int, ${TODAY}, interval '1 day') AS d(day)
      LEFT JOIN companion_usage_daily u ON u.day = d.day::date
      ORDER BY d.day`,
  )
}
