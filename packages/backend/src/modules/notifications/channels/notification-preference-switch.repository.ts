import type { NotificationCategory, SwitchableChannel } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/database.ts'

/**
 * Sets one category × channel switch, merged into what the person chose before
 * (notification_preferences.categories keeps only differences from the shared defaults, per
 * category a partial `{ sms?, email?, push? }`). No row for a deleted user: nothing to do.
 */
export async function setChannelSwitch(
  db: Db,
  userId: string,
  category: NotificationCategory,
  channel: SwitchableChannel,
  on: boolean,
): Promise<void> {
  const change = JSON.stringify({ [channel]: on })
  await db.execute(sql`
    INSERT INTO notification_preferences (user_id, categories)
    SELECT id, jsonb_build_object(${category}::text, ${change}::jsonb) FROM users WHERE id = ${userId}
    ON CONFLICT (user_id) DO UPDATE SET
      categories = notification_preferences.categories || jsonb_build_object(
        ${category}::text,
        COALESCE(notification_preferences.categories -> ${category}::text, '{}'::jsonb)
          || ${change}::jsonb),
      updated_at = now()`)
}
