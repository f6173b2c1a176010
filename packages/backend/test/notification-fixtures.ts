import type { SwitchableChannel } from '@yektayar/shared'
import type { NotificationEvent } from '../src/jobs/notification-event.ts'
import type {
  ChannelResult,
  NotificationChannelSender,
  OutboundNotice,
} from '../src/modules/notifications/channels/notification-channel.ts'
import {
  type NotificationDeps,
  notificationDepsOf,
} from '../src/modules/notifications/notification-deps.ts'
import type { TestApp } from './test-app.ts'

/** A result, an error to throw, or work to do meanwhile (a slow provider) before answering. */
type Answer = ChannelResult | Error | (() => Promise<ChannelResult>)

/**
 * A channel at the engine's edge that records every notice it is handed and answers what the
 * test lined up (a result, or an error to throw), then `{ providerMessageId }` by default.
 */
export class RecordingSender implements NotificationChannelSender {
  readonly notices: OutboundNotice[] = []
  private readonly answers: Answer[] = []
  private sent = 0

  constructor(readonly channel: SwitchableChannel) {}

  /** The next calls answer these, in order. */
  answer(...answers: Answer[]): this {
    this.answers.push(...answers)
    return this
  }

  async send(notice: OutboundNotice): Promise<ChannelResult> {
    this.notices.push(notice)
    // A real provider takes a while; racing callers overlap here rather than run in turn.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const answer = this.answers.shift()
    if (answer instanceof Error) throw answer
    if (typeof answer === 'function') return answer()
    return answer ?? { providerMessageId: `${this.channel}-${++this.sent}` }
  }
}

export interface EngineHarness {
  deps: NotificationDeps
  senders: Record<SwitchableChannel, RecordingSender>
  /** Moves the engine's clock. */
  setClock(at: Date | string): void
  clock(): Date
}

/**
 * The engine as the plugin builds it, with recording senders and a clock the test moves. It
 * shares the app's notification-list cache, so forgetListOf through it drops the app's pages.
 */
export function engineHarness(
  t: TestApp,
  overrides: Partial<NotificationDeps> = {},
): EngineHarness {
  let now = new Date()
  const senders = {
    sms: new RecordingSender('sms'),
    email: new RecordingSender('email'),
    push: new RecordingSender('push'),
  }
  return {
    deps: {
      ...notificationDepsOf(t.app),
      channels: { senders, pushPublicKey: null },
      now: () => now,
      ...overrides,
    },
    senders,
    setClock(at) {
      now = new Date(at)
    },
    clock: () => now,
  }
}

let sequence = 0

/** An announcement-shaped event for one person, with a key no other test uses. */
export function testEvent(
  recipientId: string,
  overrides: Partial<NotificationEvent> = {},
): NotificationEvent {
  sequence++
  return {
    eventKey: `test:${Date.now()}:${sequence}`,
    recipientId,
    category: 'announcement',
    templateKey: 'announcement',
    params: { announcementId: crypto.randomUUID() },
    content: {
      title: { fa: `اطلاعیه ${sequence}`, en: `Announcement ${sequence}` },
      body: { fa: 'متن اطلاعیه', en: 'Announcement text' },
    },
    ...overrides,
  }
}

export interface DeliveryDbRow {
  id: string
  channel: string
  status: string
  attempts: number
  provider_message_id: string | null
  error: string | null
  next_try_at: Date
  sent_at: Date | null
}

export function deliveriesOf(t: TestApp, userId: string) {
  return t.database.query<DeliveryDbRow>(
    `SELECT id, channel, status, attempts, provider_message_id, error, next_try_at, sent_at
     FROM notification_deliveries WHERE user_id = $1 ORDER BY channel`,
    [userId],
  )
}

export interface QueuedNotification {
  id: string
  state: string
  singleton_key: string | null
  data: NotificationEvent
}

/**
 * The `notification.event` jobs in pg-boss's table whose params name `value` under `param`
 * (e.g. appointmentId), oldest first: what producers handed to the notifications engine.
 */
export function queuedNotifications(
  t: TestApp,
  param: string,
  value: string,
): Promise<QueuedNotification[]> {
  return t.database.query<QueuedNotification>(
    `SELECT id, state, singleton_key, data FROM pgboss.job
     WHERE name = 'notification.event' AND data->'params'->>$1 = $2
     ORDER BY created_on, data->>'eventKey'`,
    [param, value],
  )
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
