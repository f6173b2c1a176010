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
  /** Why it cannot go out at all (no verified phone, no sender): recorded so, with no job. */
  skipped?: string
}

/** The channels that cannot reach this person now, each with the reason the log shows. */
export type Unreachable = Partial<Record<SwitchableChannel, string>>

/** Why a channel cannot reach the person at all, or undefined when it can try. */
export function whyUnreachable(
  channel: SwitchableChannel,
  hasSender: boolean,
  reach: { phone: string | null; email: string | null },
): string | undefined {
  if (!hasSender) return `no ${channel} sender configured`
  if (channel === 'sms' && !reach.phone) return 'no verified phone'
  if (channel === 'email' && !reach.email) return 'no verified email'
  return undefined
}

/**
 * One delivery per channel the person allows, in-app always; one that cannot reach them is
 * planned as skipped, so a burst queues no job that would only find that out. SMS and push wait for the end of
 * quiet hours in the person's zone; in-app and email never wait, and safety alerts never do.
 */
export function planDeliveries(input: {
  category: NotificationCategory
  stored: StoredSwitches
  quietHours: QuietHours
  timeZone: string
  now: Date
  unreachable: Unreachable
}): PlannedDelivery[] {
  const switches = effectiveSwitches(input.category, input.stored)
  const bypassesQuiet = MANDATORY_CATEGORIES.includes(input.category)
  const quietEnd = bypassesQuiet ? null : quietHoursEnd(input.now, input.timeZone, input.quietHours)
  const planned: PlannedDelivery[] = [{ channel: 'inApp', nextTryAt: input.now }]
  for (const channel of SWITCHABLE_CHANNELS) {
    if (!switches[channel]) continue
    const skipped = input.unreachable[channel]
    if (skipped) {
      planned.push({ channel, nextTryAt: input.now, skipped })
      continue
    }
    const held = quietEnd !== null && (channel === 'sms' || channel === 'push')
    planned.push({ channel, nextTryAt: held ? quietEnd : input.now })
  }
  return planned
}
