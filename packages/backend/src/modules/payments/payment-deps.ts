import type { CareDeps } from '../appointments/care-deps.ts'
import type { PaymentGateway } from './payment-gateway.ts'

/** What the payment services need; tests build it the same way as the routes do. */
export interface PaymentDeps {
  gateway: PaymentGateway
  /** The app's public origin: callback and result URLs are built on it. */
  publicUrl: string
  care: CareDeps
}
