import { SWITCHABLE_CHANNELS } from '@yektayar/shared'
import type { NotificationEvent } from '../../jobs/notification-event.ts'
import { findRecipient, type Recipient } from '../users/recipient.service.ts'
import { planDeliveries, type Unreachable, whyUnreachable } from './channel-choice.ts'
import { queueDelivery } from './delivery-queue.ts'
import { deliverInAppNow } from './delivery-worker.ts'
import { insertDeliveries, insertNotification } from './notification.repository.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { findPreferences } from './preference.repository.ts'
import { NOTIFICATION_TEMPLATES } from './templates/notification-templates.ts'

/** Only an app path (`/appointments/…`): a click on a notice never leaves for another site. */
function appPathOrNull(link: string | undefined): string | null {
  return link && /^\/(?![/\\])/.test(link) && link.length <= 500 ? link : null
}

/** Channels with no sender here, or no verified identifier of the person's. */
function unreachableFor(deps: NotificationDeps, recipient: Recipient): Unreachable {
  const unreachable: Unreachable = {}
  for (const channel of SWITCHABLE_CHANNELS) {
    const why = whyUnreachable(channel, Boolean(deps.channels.senders[channel]), recipient)
    if (why) unreachable[channel] = why
  }
  return unreachable
}

/**
 * Consumes one notification.event: tells an active person once per event key. The notification
 * and one delivery per allowed channel are written in one transaction, so a retold event (a
 * job run twice, two instances) finds them there and does nothing more. In-app goes out at
 * once; the other channels by their own jobs, SMS and push after quiet hours.
 */
export async function handleNotificationEvent(
  deps: NotificationDeps,
  event: NotificationEvent,
): Promise<void> {
  const [recipient, preferences] = await Promise.all([
    findRecipient(deps.db, event.recipientId),
    findPreferences(deps.db, event.recipientId),
  ])
  if (!recipient?.isActive) return
  const template = NOTIFICATION_TEMPLATES[event.templateKey]
  if (!template) {
    deps.log.error({ templateKey: event.templateKey }, 'notification event names no template')
    return
  }
  const texts =
    event.content ??
    template.render(event.params, {
      timeZone: recipient.timeZone,
      discreet: recipient.discreetMode,
    })
  const planned = planDeliveries({
    category: event.category,
    stored: preferences.categories,
    quietHours: preferences.quietHours,
    timeZone: recipient.timeZone,
    now: deps.now(),
    unreachable: unreachableFor(deps, recipient),
  })
  const created = await deps.db.transaction(async (tx) => {
    const notification = await insertNotification(tx, {
      userId: recipient.id,
      eventKey: event.eventKey,
      category: event.category,
      titleFa: texts.title.fa,
      titleEn: texts.title.en,
      bodyFa: texts.body.fa,
      bodyEn: texts.body.en,
      link: appPathOrNull(event.link),
      data: { templateKey: event.templateKey, params: event.params },
      createdAt: deps.now(),
    })
    return (
      notification && {
        notification,
        deliveries: await insertDeliveries(tx, notification, planned),
      }
    )
  })
  if (!created) return
  await Promise.all(
    created.deliveries.map((delivery) => {
      if (delivery.channel === 'inApp')
        return deliverInAppNow(deps, delivery.id, created.notification, recipient)
      if (delivery.status === 'skipped') return undefined
      return queueDelivery(deps.jobs, delivery.id, delivery.nextTryAt ?? undefined)
    }),
  )
}
