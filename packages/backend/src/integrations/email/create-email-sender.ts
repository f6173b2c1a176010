import type { OfflineSenderDeps } from '../outbox/offline-sender-deps.ts'
import { ConsoleEmailSender } from './console-email-sender.ts'
import type { EmailSender } from './email-sender.ts'
import { SmtpEmailSender, type SmtpOptions } from './smtp-email-sender.ts'

export interface EmailConfig {
  provider: 'console' | 'smtp'
  smtp?: SmtpOptions
}

/** Picks the provider named by config; a real provider without its settings stops boot. */
export function createEmailSender(config: EmailConfig, deps: OfflineSenderDeps): EmailSender {
  if (config.provider === 'console') return new ConsoleEmailSender(deps)
  if (!config.smtp) throw new Error('Email provider "smtp" needs its settings')
  return new SmtpEmailSender(config.smtp)
}
