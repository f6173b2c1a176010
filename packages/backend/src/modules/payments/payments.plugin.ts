import { modulePlugin } from '../../lib/module-plugin.ts'
import { appointmentCancelled } from '../appointments/appointment-hooks.ts'
import { paymentRoutes } from './payment.routes.ts'
import { paymentAdminRoutes } from './payment-admin.routes.ts'
import { paymentDepsOf } from './payment-deps.ts'
import { createPaymentGateway } from './payment-gateway-factory.ts'
import { registerPaymentJobs } from './payment-jobs.ts'
import { personPaymentsRoutes } from './person-payments.routes.ts'
import { refundOnCancellation } from './refund.service.ts'
import { sandboxRoutes } from './sandbox.routes.ts'

/**
 * Payments: the gateway PAYMENT_GATEWAY names (the sandbox serves its own pay page), the
 * reconciler job, a pending refund inside every refundable cancellation, and the routes (the
 * payer's, and the admin panel's list, export and verify-again). Pays appointments and priced
 * courses (learning says what a course costs and enrols its buyer).
 */
export const paymentsPlugin = modulePlugin(
  'payments',
  ['identity', 'authenticate', 'audit', 'appointments', 'learning'],
  async (app) => {
    const { gateway, sandbox } = createPaymentGateway(app.config, app.log)
    const deps = paymentDepsOf(app, gateway)
    appointmentCancelled.register(refundOnCancellation)
    await registerPaymentJobs(deps, app.jobs)
    if (sandbox) await app.register(sandboxRoutes(sandbox, deps))
    await app.register(paymentRoutes, { deps })
    await app.register(paymentAdminRoutes, { deps })
    await app.register(personPaymentsRoutes)
  },
)
