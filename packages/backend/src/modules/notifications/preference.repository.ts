import {
  DEFAULT_QUIET_HOURS,
  type NotificationPreferencesPatch,
  type QuietHours,
} from '@yektayar/shared'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { notificationPreferences } from '../../db/schema/index.ts'
import type { StoredSwitches } from './channel-choice.ts'

export interface StoredPreferences {
  categories: StoredSwitches
  quietHours: QuietHours
}

/** The person's own choices; the defaults for someone who never saved any. */
export async function findPreferences(db: Db, userId: string): Promise<StoredPreferences> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1)
  if (!row) return { categories: {}, quietHours: { ...DEFAULT_QUIET_HOURS } }
  return {
    categories: row.categories,
    quietHours: { enabled: row.quietEnabled, start: row.quietStart, end: row.quietEnd },
  }
}

/** Merges the patch per category in one statement, so two tabs saving at once lose nothing. */
export async function savePreferences(
  db: Db,
  userId: string,
  patch: Pick<NotificationPreferencesPatch, 'categories' | 'quietHours'>,
): Promise<void> {
  const categories = patch.categories ?? {}
  const quiet = patch.quietHours
  const mergedCategories = sql`(
    SELECT coalesce(jsonb_object_agg(key, coalesce(${notificationPreferences.categories} -> key, '{}'::jsonb) || value), '{}'::jsonb)
    FROM jsonb_each(${JSON.stringify(categories)}::jsonb)
  )`
  await db
    .insert(notificationPreferences)
    .values({
      userId,
      categories: categories as StoredSwitches as Record<string, Record<string, boolean>>,
      ...(quiet
        ? { quietEnabled: quiet.enabled, quietStart: quiet.start, quietEnd: quiet.end }
        : {}),
    })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: {
        categories: sql`${notificationPreferences.categories} || ${mergedCategories}`,
        ...(quiet
          ? { quietEnabled: quiet.enabled, quietStart: quiet.start, quietEnd: quiet.end }
          : {}),
        updatedAt: sql`now()`,
      },
    })
}
