import {
  DEFAULT_CHANNEL_PREFERENCES,
  MANDATORY_CATEGORIES,
  type NotificationCategory,
  type NotificationChannel,
  type QuietHours,
  SWITCHABLE_CHANNELS,
  type SwitchableChannel,
} from '@yektayar/shared'
import { quietHoursEnd } from './quiet-hours.ts'

export type ChannelSwitches = Record<SwitchableChannel, boolean>
/** What a person changed from the defaults, per category (notification_preferences.categories). */
export type StoredSwitches = Partial<Record<string, Partial<Record<string, boolean>>>>

/** The switches in effect: the person's over the defaults; mandatory categories ignore theirs. */
export function effectiveSwitches(
  category: NotificationCategory,
  stored: StoredSwitches,
): ChannelSwitches {
  const defaults = DEFAULT_CHANNEL_PREFERENCES[category]
  if (MANDATORY_CATEGORIES.includes(category)) return { ...defaults }
  const own = stored[category] ?? {}
  const switches = { ...defaults }
  for (const channel of SWITCHABLE_CHANNELS) {
    if (typeof own[channel] === 'boolean') switches[channel] = own[channel]
  }
  return switches
}

export interface PlannedDelivery {
  channel: NotificationChannel
  nextTryAt: Date
}

/**
 * One delivery per channel the person allows, in-app always. SMS and push wait for the end of
 * quiet hours in the person's zone; in-app and email never wait, and safety alerts never do.
 */
export function planDeliveries(input: {
  category: NotificationCategory
  stored: StoredSwitches
  quietHours: QuietHours
  timeZone: string
  now: Date
}): PlannedDelivery[] {
  const switches = effectiveSwitches(input.category, input.stored)
  const bypassesQuiet = MANDATORY_CATEGORIES.includes(input.category)
  const quietEnd = bypassesQuiet ? null : quietHoursEnd(input.now, input.timeZone, input.quietHours)
  const planned: PlannedDelivery[] = [{ channel: 'inApp', nextTryAt: input.now }]
  for (const channel of SWITCHABLE_CHANNELS) {
    if (!switches[channel]) continue
    const held = quietEnd !== null && (channel === 'sms' || channel === 'push')
    planned.push({ channel, nextTryAt: held ? quietEnd : input.now })
  }
  return planned
}
