import type { FastifyInstance } from 'fastify'
import type { EmailSender } from '../../integrations/email/email-sender.ts'
import type { SmsSender } from '../../integrations/sms/sms-sender.ts'
import { type CareDeps, careDepsOf } from '../appointments/care-deps.ts'
import type { PaymentGateway } from './payment-gateway.ts'

/** What the payment services need; tests build it the same way as the plugin does. */
export interface PaymentDeps {
  gateway: PaymentGateway
  /** The app's public origin: callback and result URLs are built on it. */
  publicUrl: string
  care: CareDeps
  /** How the patient hears that a refund is on its way (SMS, or email without a phone). */
  senders: { sms: SmsSender; email: EmailSender }
  /** How long after the request the sandbox pays a refund back by itself. */
  sandboxRefundDelayMs: number
}

export function paymentDepsOf(app: FastifyInstance, gateway: PaymentGateway): PaymentDeps {
  return {
    gateway,
    publicUrl: app.config.publicUrl,
    care: careDepsOf(app),
    senders: { sms: app.identity.sms, email: app.identity.email },
    sandboxRefundDelayMs: app.config.payments.sandboxRefundDelayMs,
  }
}
