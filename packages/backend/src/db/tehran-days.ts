import { type AnyColumn, gte, lt, type SQL, sql } from 'drizzle-orm'

/** Where a Tehran civil day starts, as an instant (Iran has kept one offset since 2022). */
const tehranStart = (day: string) => sql`(${day}::date)::timestamp AT TIME ZONE 'Asia/Tehran'`
const tehranEnd = (day: string) => sql`((${day}::date) + 1)::timestamp AT TIME ZONE 'Asia/Tehran'`

/**
 * The admin lists' date filters: `from` and `to` are civil days (`YYYY-MM-DD`) in Tehran, both
 * inclusive, compared as a plain range on the column so its index serves them.
 */
export function withinTehranDays(column: AnyColumn, range: { from?: string; to?: string }) {
  const conditions: SQL[] = []
  if (range.from) conditions.push(gte(column, tehranStart(range.from)))
  if (range.to) conditions.push(lt(column, tehranEnd(range.to)))
  return conditions
}
