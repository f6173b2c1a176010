import type { OfflineSenderDeps } from '../outbox/offline-sender-deps.ts'
import { ConsoleSmsSender } from './console-sms-sender.ts'
import { type KavenegarOptions, KavenegarSmsSender } from './kavenegar-sms-sender.ts'
import type { SmsSender } from './sms-sender.ts'

export interface SmsConfig {
  provider: 'console' | 'kavenegar'
  kavenegar?: KavenegarOptions
}

/** Picks the provider named by config; a real provider without its settings stops boot. */
export function createSmsSender(config: SmsConfig, deps: OfflineSenderDeps): SmsSender {
  if (config.provider === 'console') return new ConsoleSmsSender(deps)
  if (!config.kavenegar) throw new Error('SMS provider "kavenegar" needs its settings')
  return new KavenegarSmsSender(config.kavenegar)
}
