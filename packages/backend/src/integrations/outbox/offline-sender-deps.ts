import type { BaseLogger } from 'pino'
import type { DevOutbox } from './dev-outbox.ts'

/** What the offline (console) SMS and email senders need: the dev outbox and a log line. */
export interface OfflineSenderDeps {
  outbox: DevOutbox
  logger: Pick<BaseLogger, 'info'>
}
