import type { SwitchableChannel } from '@yektayar/shared'
import type { FastifyInstance } from 'fastify'
import { WebPushSender } from '../../../integrations/push/web-push-sender.ts'
import { EmailChannelSender } from './email-channel-sender.ts'
import type { NotificationChannelSender } from './notification-channel.ts'
import { PushChannelSender } from './push-channel-sender.ts'
import { SmsChannelSender } from './sms-channel-sender.ts'

/** What the delivery worker and the push routes need from the channels. */
export interface ChannelSetup {
  /** A channel missing here is recorded as 'skipped' for every delivery on it. */
  senders: Partial<Record<SwitchableChannel, NotificationChannelSender>>
  /** The VAPID public key when Web Push is configured on this server, else null. */
  pushPublicKey: string | null
}

// One setup per application, however many plugins ask (keyed by its identity decoration,
// which every scope of one app shares).
const setups = new WeakMap<object, ChannelSetup>()

/**
 * SMS and email go through the sign-in providers (the dev outbox offline, so `npm start` works
 * without network); push only when VAPID keys are configured.
 */
export function channelSetupOf(app: FastifyInstance): ChannelSetup {
  const known = setups.get(app.identity)
  if (known) return known
  const setup = buildChannelSetup(app)
  setups.set(app.identity, setup)
  return setup
}

function buildChannelSetup(app: FastifyInstance): ChannelSetup {
  const { channels, publicUrl } = app.config
  const senders: ChannelSetup['senders'] = {
    sms: new SmsChannelSender(app.identity.sms, channels.smsTemplates),
    email: new EmailChannelSender(app.identity.email, {
      publicUrl,
      unsubscribeSecret: channels.unsubscribeSecret,
    }),
  }
  if (channels.vapid) {
    const push = new WebPushSender({ vapid: channels.vapid })
    senders.push = new PushChannelSender(app.database.db, push, channels.pushTtlSeconds)
  }
  return { senders, pushPublicKey: channels.vapid?.publicKey ?? null }
}
