import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { holidays } from '../../db/schema/index.ts'

export type HolidayRow = typeof holidays.$inferSelect
export type HolidayValues = Omit<HolidayRow, 'id'>

/** One Jalali year's holidays in date order (a day's solar holiday before its lunar one). */
export function listYearHolidays(db: Db, year: number): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidays)
    .where(eq(holidays.solarHijriYear, year))
    .orderBy(asc(holidays.holidayDate), desc(holidays.calendar), asc(holidays.nameEn))
}

export function countHolidaysByYear(db: Db) {
  return db
    .select({ year: holidays.solarHijriYear, count: count() })
    .from(holidays)
    .groupBy(holidays.solarHijriYear)
    .orderBy(asc(holidays.solarHijriYear))
}

export async function findHolidayRow(db: Db, id: string): Promise<HolidayRow | undefined> {
  const [row] = await db.select().from(holidays).where(eq(holidays.id, id))
  return row
}

/** Another holiday with this date and English name (case aside), which the table refuses. */
export async function findSameHoliday(
  db: Db,
  values: { holidayDate: string; nameEn: string },
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: holidays.id })
    .from(holidays)
    .where(
      and(
        eq(holidays.holidayDate, values.holidayDate),
        sql`lower(${holidays.nameEn}) = lower(${values.nameEn})`,
        exceptId ? sql`${holidays.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1)
  return row !== undefined
}

export async function insertHolidays(db: Db, values: HolidayValues[]): Promise<HolidayRow[]> {
  if (values.length === 0) return []
  return db.insert(holidays).values(values).returning()
}

export async function updateHolidayRow(
  db: Db,
  id: string,
  values: HolidayValues,
): Promise<HolidayRow | undefined> {
  const [row] = await db.update(holidays).set(values).where(eq(holidays.id, id)).returning()
  return row
}

export async function deleteHolidayRow(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(holidays).where(eq(holidays.id, id)).returning({ id: holidays.id })
  return rows.length > 0
}

export async function deleteYearHolidays(db: Db, year: number): Promise<HolidayRow[]> {
  return db.delete(holidays).where(eq(holidays.solarHijriYear, year)).returning()
}
