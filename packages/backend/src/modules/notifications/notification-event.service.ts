import { SWITCHABLE_CHANNELS } from '@yektayar/shared'
import type { NotificationEvent } from '../../jobs/notification-event.ts'
import { findRecipient, type Recipient } from '../users/recipient.service.ts'
import {
  type PlannedDelivery,
  planDeliveries,
  type Unreachable,
  whyUnreachable,
} from './channel-choice.ts'
import { deliverBorn } from './delivery-worker.ts'
import {
  insertNotificationWithDeliveries,
  type NewDelivery,
} from './new-notification.repository.ts'
import { forgetListOf } from './notification.service.ts'
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

/** Due now: claimed at birth by this run, which sends it. Else held for a job, or skipped. */
function bornAs(planned: PlannedDelivery, now: Date): NewDelivery {
  const base = { channel: planned.channel, nextTryAt: planned.nextTryAt }
  if (planned.skipped) return { ...base, status: 'skipped', error: planned.skipped }
  return { ...base, status: planned.nextTryAt > now ? 'pending' : 'sending', error: null }
}

/**
 * Handles one notification event (a notification.event job, or a producer's job in its own
 * run): tells an active person once per event key. The notification and one delivery per
 * allowed channel are written in one statement, so a retold event (a job run twice, two
 * instances) finds them there and does nothing more. What is due goes out in this run; SMS and
 * push held by quiet hours, by their own jobs afterwards.
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
  const now = deps.now()
  const planned = planDeliveries({
    category: event.category,
    stored: preferences.categories,
    quietHours: preferences.quietHours,
    timeZone: recipient.timeZone,
    now,
    unreachable: unreachableFor(deps, recipient),
  })
  const created = await insertNotificationWithDeliveries(
    deps.db,
    {
      userId: recipient.id,
      eventKey: event.eventKey,
      category: event.category,
      titleFa: texts.title.fa,
      titleEn: texts.title.en,
      bodyFa: texts.body.fa,
      bodyEn: texts.body.en,
      link: appPathOrNull(event.link),
      data: { templateKey: event.templateKey, params: event.params },
      createdAt: now,
    },
    planned.map((delivery) => bornAs(delivery, now)),
    now,
  )
  if (!created) return
  // Before the live notice: a tab that reloads its list on hearing it gets the new page.
  forgetListOf(deps, recipient.id)
  await deliverBorn(deps, created.deliveries, created.notification, recipient)
}
