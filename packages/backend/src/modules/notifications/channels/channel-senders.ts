import type { SwitchableChannel } from '@yektayar/shared'
import type { FastifyInstance } from 'fastify'
import type { NotificationChannelSender } from './notification-channel.ts'

/** What the delivery worker and the push routes need from the channels. */
export interface ChannelSetup {
  /** A channel missing here is recorded as 'skipped' for every delivery on it. */
  senders: Partial<Record<SwitchableChannel, NotificationChannelSender>>
  /** The VAPID public key when Web Push is configured on this server, else null. */
  pushPublicKey: string | null
}

/** PLACEHOLDER in the integration base; the channels branch replaces the body. */
export function channelSetupOf(_app: FastifyInstance): ChannelSetup {
  return { senders: {}, pushPublicKey: null }
}
