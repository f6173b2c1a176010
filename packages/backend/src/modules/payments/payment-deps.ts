import type { FastifyInstance } from 'fastify'
import { type CareDeps, careDepsOf } from '../appointments/care-deps.ts'
import type { PaymentGateway } from './payment-gateway.ts'

/** What the payment services need; tests build it the same way as the plugin does. */
export interface PaymentDeps {
  gateway: PaymentGateway
  /** The app's public origin: callback and result URLs are built on it. */
  publicUrl: string
  care: CareDeps
  /** How long after the request the sandbox pays a refund back by itself. */
  sandboxRefundDelayMs: number
}

export function paymentDepsOf(app: FastifyInstance, gateway: PaymentGateway): PaymentDeps {
  return {
    gateway,
    publicUrl: app.config.publicUrl,
    care: careDepsOf(app),
    sandboxRefundDelayMs: app.config.payments.sandboxRefundDelayMs,
  }
}
