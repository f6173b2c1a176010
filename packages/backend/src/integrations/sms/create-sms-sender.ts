import type { BaseLogger } from 'pino'
import type { DevOutbox } from '../outbox/dev-outbox.ts'
import { ConsoleSmsSender } from './console-sms-sender.ts'
import { type KavenegarOptions, KavenegarSmsSender } from './kavenegar-sms-sender.ts'
import type { SmsSender } from './sms-sender.ts'

export interface SmsConfig {
  provider: 'console' | 'kavenegar'
  kavenegar?: KavenegarOptions
}

export interface SmsSenderDeps {
  outbox: DevOutbox
  logger: Pick<BaseLogger, 'info'>
}

/** Picks the provider named by config; a real provider without its settings stops boot. */
export function createSmsSender(config: SmsConfig, deps: SmsSenderDeps): SmsSender {
  if (config.provider === 'console') return new ConsoleSmsSender(deps)
  if (!config.kavenegar) throw new Error('SMS provider "kavenegar" needs its settings')
  return new KavenegarSmsSender(config.kavenegar)
}
