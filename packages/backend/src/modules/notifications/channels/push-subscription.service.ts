import type { PushSubscriptionBody } from '@yektayar/shared'
import type { Db } from '../../../db/database.ts'
import { AppError } from '../../../lib/app-error.ts'
import type { AuthContext } from '../../../lib/auth-context.ts'
import {
  deleteOwnPushSubscription,
  trimPushSubscriptions,
  upsertPushSubscription,
} from './push-subscription.repository.ts'

/** Browsers one person may have subscribed at once; the oldest beyond this are dropped. */
const MAX_SUBSCRIPTIONS_PER_USER = 10

/** Saves this browser's subscription for the signed-in person (same endpoint: replaced). */
export async function subscribeToPush(
  db: Db,
  pushAvailable: boolean,
  auth: AuthContext,
  body: PushSubscriptionBody,
  userAgent: string | undefined,
): Promise<void> {
  if (!pushAvailable) throw new AppError('PUSH_NOT_CONFIGURED', 'no VAPID keys on this server')
  await upsertPushSubscription(db, auth.userId, {
    endpoint: body.endpoint,
    p256dh: body.keys.p256dh,
    auth: body.keys.auth,
    userAgent: userAgent?.slice(0, 500) ?? null,
  })
  await trimPushSubscriptions(db, auth.userId, MAX_SUBSCRIPTIONS_PER_USER)
}

/**
 * Forgets the caller's own subscription of that endpoint. Someone else's endpoint is left
 * alone, and the answer is the same either way, so it tells nothing about other people.
 */
export async function unsubscribeFromPush(
  db: Db,
  auth: AuthContext,
  endpoint: string,
): Promise<void> {
  await deleteOwnPushSubscription(db, auth.userId, endpoint)
}
