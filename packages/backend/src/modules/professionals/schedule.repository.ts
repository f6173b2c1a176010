import { and, asc, eq, gte, inArray } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import {
  availabilityOverrides,
  availabilityRules,
  type psychologistProfiles,
} from '../../db/schema/index.ts'

export type RuleRow = typeof availabilityRules.$inferSelect
export type OverrideRow = typeof availabilityOverrides.$inferSelect
export type PolicyRow = typeof psychologistProfiles.$inferSelect

export function listRules(db: Db, psychologistIds: string[]): Promise<RuleRow[]> {
  return db
    .select()
    .from(availabilityRules)
    .where(inArray(availabilityRules.psychologistId, psychologistIds))
    .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime))
}

export async function replaceRules(
  tx: Db,
  psychologistId: string,
  rules: { weekday: number; start: string; end: string }[],
): Promise<void> {
  await tx.delete(availabilityRules).where(eq(availabilityRules.psychologistId, psychologistId))
  if (rules.length === 0) return
  await tx.insert(availabilityRules).values(
    rules.map((rule) => ({
      psychologistId,
      weekday: rule.weekday,
      startTime: rule.start,
      endTime: rule.end,
    })),
  )
}

export function listUpcomingOverrides(
  db: Db,
  psychologistId: string,
  fromDate: string,
): Promise<OverrideRow[]> {
  return db
    .select()
    .from(availabilityOverrides)
    .where(
      and(
        eq(availabilityOverrides.psychologistId, psychologistId),
        gte(availabilityOverrides.overrideDate, fromDate),
      ),
    )
    .orderBy(asc(availabilityOverrides.overrideDate), asc(availabilityOverrides.startTime))
}

export async function insertOverride(
  db: Db,
  values: typeof availabilityOverrides.$inferInsert,
): Promise<OverrideRow> {
  const [row] = await db.insert(availabilityOverrides).values(values).returning()
  if (!row) throw new Error('override insert returned no row')
  return row
}

export async function deleteOverride(db: Db, psychologistId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(availabilityOverrides)
    .where(
      and(
        eq(availabilityOverrides.id, id),
        eq(availabilityOverrides.psychologistId, psychologistId),
      ),
    )
    .returning({ id: availabilityOverrides.id })
  return rows.length > 0
}
