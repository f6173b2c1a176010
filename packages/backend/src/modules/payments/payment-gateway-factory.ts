import type { Config } from '../../config/config.ts'
import type { PaymentGateway } from './payment-gateway.ts'
import { createSandboxGateway, type SandboxGateway } from './sandbox-gateway.ts'
import { createZarinpalGateway } from './zarinpal-gateway.ts'

type Log = { error(details: object, message: string): void }

/** PAYMENT_GATEWAY picks the gateway; the sandbox one also serves its pay page. */
export function createPaymentGateway(
  config: Config,
  log: Log,
): { gateway: PaymentGateway; sandbox?: SandboxGateway } {
  if (config.payments.gateway === 'zarinpal') {
    return { gateway: createZarinpalGateway(config.payments, log) }
  }
  const sandbox = createSandboxGateway(config.publicUrl)
  return { gateway: sandbox, sandbox }
}
