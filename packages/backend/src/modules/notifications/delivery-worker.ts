import {
  type NotificationCategory,
  type SwitchableChannel,
  UNSUBSCRIBABLE_CATEGORIES,
} from '@yektayar/shared'
import { findRecipient, type Recipient } from '../users/recipient.service.ts'
import { whyUnreachable } from './channel-choice.ts'
import { type OutboundNotice, PermanentChannelError } from './channels/notification-channel.ts'
import {
  claimDelivery,
  type DeliveryRow,
  recordInAppSent,
  recordOutcome,
} from './delivery.repository.ts'
import { queueDelivery } from './delivery-queue.ts'
import { publishNewNotification } from './in-app-publisher.ts'
import type { BornDelivery } from './new-notification.repository.ts'
import { findNotification, type NotificationRow } from './notification.repository.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { dataOf, notificationViewOf } from './notification-view.ts'
import { NOTIFICATION_TEMPLATES } from './templates/notification-templates.ts'

/**
 * Runs one delivery (a notification.deliver job). The claim records the attempt before the
 * provider is called, so a job that runs twice or two instances racing send once; a crash after
 * the claim leaves 'sending', which the sweeper re-sends under the same delivery id.
 */
export async function deliverNotice(deps: NotificationDeps, deliveryId: string): Promise<void> {
  const delivery = await claimDelivery(deps.db, deliveryId, deps.now())
  if (!delivery) return
  const [notification, recipient] = await Promise.all([
    findNotification(deps.db, delivery.notificationId),
    findRecipient(deps.db, delivery.userId),
  ])
  if (!notification || !recipient?.isActive) {
    return record(deps, delivery, { status: 'skipped', error: 'recipient inactive' })
  }
  if (delivery.channel === 'inApp') return publishInApp(deps, delivery, notification, recipient)
  await sendOnChannel(deps, delivery, notification, recipient)
}

/** A delivery this run holds: claimed from the queue, or born 'sending' with its notification. */
type HeldDelivery = Pick<DeliveryRow, 'id' | 'userId' | 'channel' | 'attempts'>

/**
 * Right after the event wrote them, with the rows in hand: the in-app notice reaches open tabs
 * and what is due now goes out without waiting for a job (the rows were born claimed; a crash
 * here leaves them to the sweeper). What waits for quiet hours to end gets its job.
 */
export async function deliverBorn(
  deps: NotificationDeps,
  deliveries: BornDelivery[],
  notification: NotificationRow,
  recipient: Recipient,
): Promise<void> {
  await Promise.all(
    deliveries.map((delivery) => {
      if (delivery.status === 'pending')
        return queueDelivery(deps.jobs, delivery.id, delivery.nextTryAt)
      if (delivery.status !== 'sending') return undefined
      if (delivery.channel === 'inApp') return publishInApp(deps, delivery, notification, recipient)
      return sendOnChannel(deps, delivery, notification, recipient)
    }),
  )
}

async function publishInApp(
  deps: NotificationDeps,
  delivery: HeldDelivery,
  notification: NotificationRow,
  recipient: Recipient,
) {
  const unreadCount = await recordInAppSent(deps.db, delivery, deps.now())
  publishNewNotification(deps.io, notification, recipient.locale, unreadCount)
}

async function sendOnChannel(
  deps: NotificationDeps,
  delivery: HeldDelivery,
  notification: NotificationRow,
  recipient: Recipient,
) {
  const channel = delivery.channel as SwitchableChannel
  const sender = deps.channels.senders[channel]
  const notice = outboundNoticeOf(delivery, notification, recipient)
  // Planned as reachable; checked again, as an identifier may have gone since.
  const unreachable = whyUnreachable(channel, Boolean(sender), notice.reach)
  if (!sender || unreachable) {
    return record(deps, delivery, { status: 'skipped', error: unreachable ?? 'no sender' })
  }
  try {
    const result = await sender.send(notice)
    if (result.skipped) return record(deps, delivery, { status: 'skipped', error: result.skipped })
    return record(deps, delivery, {
      status: 'sent',
      providerMessageId: result.providerMessageId ?? null,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof PermanentChannelError) {
      return record(deps, delivery, { status: 'failed', error: message })
    }
    return retryLater(deps, delivery, message)
  }
}

/** A transient failure: back off exponentially, or give up once the attempts are used. */
async function retryLater(deps: NotificationDeps, delivery: HeldDelivery, error: string) {
  const { maxAttempts, backoffBaseMs } = deps.delivery
  if (delivery.attempts >= maxAttempts) {
    return record(deps, delivery, { status: 'failed', error: `${error} (attempts used)` })
  }
  const delayMs = backoffBaseMs * 2 ** (delivery.attempts - 1)
  const nextTryAt = new Date(deps.now().getTime() + delayMs)
  await record(deps, delivery, { status: 'pending', error, nextTryAt })
  await queueDelivery(deps.jobs, delivery.id, nextTryAt)
}

function record(
  deps: NotificationDeps,
  delivery: HeldDelivery,
  outcome: Parameters<typeof recordOutcome>[2],
) {
  if (outcome.status === 'failed' || outcome.status === 'skipped') {
    deps.log.warn(
      { deliveryId: delivery.id, channel: delivery.channel, reason: outcome.error },
      `notification delivery ${outcome.status}`,
    )
  }
  return recordOutcome(deps.db, delivery, outcome, deps.now())
}

/** What the channel sends, in the recipient's language, read at send time. */
function outboundNoticeOf(
  delivery: HeldDelivery,
  notification: NotificationRow,
  recipient: Recipient,
): OutboundNotice {
  const category = notification.category as NotificationCategory
  const { templateKey, params } = dataOf(notification)
  const template = NOTIFICATION_TEMPLATES[templateKey]
  const locale = recipient.locale
  const context = { timeZone: recipient.timeZone, discreet: recipient.discreetMode, locale }
  const view = notificationViewOf(notification, locale)
  const tokens = template?.smsTokens?.(params, context)
  return {
    deliveryId: delivery.id,
    userId: recipient.id,
    category,
    locale,
    title: view.title,
    body: view.body,
    discreetText: template
      ? template.discreetText(params, context)
      : locale === 'fa'
        ? 'یکتایار: پیام تازه‌ای دارید.'
        : 'YektaYar: you have a new notice.',
    ...(tokens ? { smsTemplate: { templateKey, tokens } } : {}),
    link: notification.link,
    reach: { phone: recipient.phone, email: recipient.email },
    unsubscribable: UNSUBSCRIBABLE_CATEGORIES.includes(category),
  }
}
