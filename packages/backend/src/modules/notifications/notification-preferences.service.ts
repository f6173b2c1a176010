import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationPreferences,
  type NotificationPreferencesPatch,
} from '@yektayar/shared'
import { DEFAULT_TIME_ZONE, findRecipient, setDiscreetMode } from '../users/recipient.service.ts'
import { type ChannelSwitches, effectiveSwitches } from './channel-choice.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { findPreferences, savePreferences } from './preference.repository.ts'

type Deps = Pick<NotificationDeps, 'db' | 'channels'>

/**
 * Every category's switches as they act (mandatory categories show their fixed ones), quiet
 * hours, and the two switches kept in users.preferences: discreet mode and the time zone.
 */
export async function getNotificationPreferences(
  deps: Deps,
  userId: string,
): Promise<NotificationPreferences> {
  const [stored, recipient] = await Promise.all([
    findPreferences(deps.db, userId),
    findRecipient(deps.db, userId),
  ])
  const categories = Object.fromEntries(
    NOTIFICATION_CATEGORIES.map((category) => [
      category,
      effectiveSwitches(category, stored.categories),
    ]),
  ) as Record<NotificationCategory, ChannelSwitches>
  return {
    categories,
    quietHours: stored.quietHours,
    discreetMode: recipient?.discreetMode ?? false,
    timeZone: recipient?.timeZone ?? DEFAULT_TIME_ZONE,
    pushAvailable: deps.channels.pushPublicKey !== null,
  }
}

export async function updateNotificationPreferences(
  deps: Deps,
  userId: string,
  patch: NotificationPreferencesPatch,
): Promise<NotificationPreferences> {
  if (patch.categories || patch.quietHours) {
    await savePreferences(deps.db, userId, patch)
  }
  if (patch.discreetMode !== undefined) await setDiscreetMode(deps.db, userId, patch.discreetMode)
  return getNotificationPreferences(deps, userId)
}
