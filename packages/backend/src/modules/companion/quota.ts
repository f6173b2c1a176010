import type { CompanionUsage } from '@yektayar/shared'
import type { CompanionSettings } from '../../config/companion-config.ts'
import { AppError } from '../../lib/app-error.ts'
import type { Count, CounterStore } from '../../lib/counter-store.ts'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

const hourKey = (userId: string) => `companion:hour:${userId}`
const dayKey = (userId: string) => `companion:day:${userId}`

/** What the person has used of the hour and the day, read before anything is counted. */
export function peekQuota(counters: CounterStore, userId: string): Promise<[Count, Count]> {
  return Promise.all([counters.peek(hourKey(userId)), counters.peek(dayKey(userId))])
}

/**
 * Counts one message against the person's hour and day (fixed windows from their first message,
 * shared by every instance through Redis), given what peekQuota read (read beside the send's
 * other reads, one round trip less before the first word). A refused message is not counted,
 * so the day is not spent by knocking on a closed hour. Over either: COMPANION_QUOTA_EXCEEDED
 * with Retry-After and `resetsAt`, when the window that refused it starts again.
 */
export async function consumeQuota(
  counters: CounterStore,
  userId: string,
  settings: Pick<CompanionSettings, 'hourlyQuota' | 'dailyQuota'>,
  [hourSeen, daySeen]: [Count, Count],
): Promise<void> {
  refuseOver(hourSeen, daySeen, settings, 0)
  const [hour, day] = await Promise.all([
    counters.increment(hourKey(userId), HOUR_MS),
    counters.increment(dayKey(userId), DAY_MS),
  ])
  // Two sends at once on a last slot: the one that counted past the limit is refused.
  refuseOver(hour, day, settings, 1)
}

function refuseOver(
  hour: Count,
  day: Count,
  settings: Pick<CompanionSettings, 'hourlyQuota' | 'dailyQuota'>,
  counted: 0 | 1,
) {
  const refused = [
    day.count - counted >= settings.dailyQuota ? day : undefined,
    hour.count - counted >= settings.hourlyQuota ? hour : undefined,
  ].find(Boolean)
  if (!refused) return
  const seconds = Math.max(Math.ceil(refused.ttlMs / 1000), 1)
  const resetsAt = new Date(Date.now() + seconds * 1000).toISOString()
  throw new AppError('COMPANION_QUOTA_EXCEEDED', `quota resets at ${resetsAt}`, {
    headers: { 'retry-after': String(seconds) },
    extra: { resetsAt },
  })
}

/** What the person has used of each window, and when each starts again. */
export async function quotaOf(
  counters: CounterStore,
  userId: string,
  settings: Pick<CompanionSettings, 'hourlyQuota' | 'dailyQuota'>,
): Promise<Pick<CompanionUsage, 'hour' | 'day'>> {
  const [hour, day] = await peekQuota(counters, userId)
  return { hour: windowOf(hour, settings.hourlyQuota), day: windowOf(day, settings.dailyQuota) }
}

function windowOf(count: Count, limit: number) {
  return {
    used: Math.min(count.count, limit),
    limit,
    resetsAt: count.count > 0 ? new Date(Date.now() + count.ttlMs).toISOString() : null,
  }
}
