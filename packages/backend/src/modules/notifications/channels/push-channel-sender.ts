import type { Db } from '../../../db/database.ts'
import type { PushOutcome, WebPushSender } from '../../../integrations/push/web-push-sender.ts'
import {
  type ChannelResult,
  type NotificationChannelSender,
  type OutboundNotice,
  PermanentChannelError,
} from './notification-channel.ts'
import { pushPayloadOf } from './push-payload.ts'
import {
  deletePushSubscription,
  listPushSubscriptions,
  markPushDelivered,
  type PushSubscriptionRow,
} from './push-subscription.repository.ts'

type Attempt = PushOutcome | { kind: 'failed'; error: unknown }

/**
 * Web Push to every browser the person subscribed. Best effort (Chrome's push service is often
 * out of reach from Iran), so it is never the only channel of anything important. One browser
 * reached is a delivery: retrying would show the notice twice on the others.
 */
export class PushChannelSender implements NotificationChannelSender {
  readonly channel = 'push'

  constructor(
    private readonly db: Db,
    private readonly push: WebPushSender,
    private readonly ttlSeconds: number,
  ) {}

  async send(notice: OutboundNotice): Promise<ChannelResult> {
    const subscriptions = await listPushSubscriptions(this.db, notice.userId)
    if (subscriptions.length === 0) return { skipped: 'no push subscription' }
    const payload = pushPayloadOf(notice)
    const urgency = notice.category === 'safety_alert' ? 'high' : 'normal'
    const attempts = await Promise.all(
      subscriptions.map((subscription) => this.#sendTo(subscription, payload, urgency)),
    )
    return resultOf(attempts)
  }

  async #sendTo(
    subscription: PushSubscriptionRow,
    payload: string,
    urgency: 'high' | 'normal',
  ): Promise<Attempt> {
    const target = {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    }
    try {
      const outcome = await this.push.send(target, payload, {
        ttlSeconds: this.ttlSeconds,
        urgency,
      })
      if (outcome.kind === 'gone') await deletePushSubscription(this.db, subscription.id)
      if (outcome.kind === 'delivered') await markPushDelivered(this.db, subscription.id)
      return outcome
    } catch (error) {
      return { kind: 'failed', error }
    }
  }
}

function resultOf(attempts: Attempt[]): ChannelResult {
  const delivered = attempts.find((attempt) => attempt.kind === 'delivered')
  if (delivered) return delivered.messageId ? { providerMessageId: delivered.messageId } : {}
  const failed = attempts.find((attempt) => attempt.kind === 'failed')
  if (failed) throw failed.error
  if (attempts.every((attempt) => attempt.kind === 'gone')) {
    return { skipped: 'every push subscription had expired' }
  }
  const statuses = attempts.map((attempt) => ('status' in attempt ? attempt.status : 0))
  throw new PermanentChannelError(`push services refused: ${statuses.join(', ')}`)
}
