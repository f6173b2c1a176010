import type { JobQueue } from '../../jobs/job-queue.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { reconcilePayments } from './payment-reconciler.ts'
import { settleDueSandboxRefunds } from './refund.service.ts'

export const RECONCILE_JOB = 'payments.reconcile'
export const SANDBOX_REFUNDS_JOB = 'payments.sandbox-refunds'

/**
 * The reconciler every two minutes; with the sandbox gateway, its refunds are paid back every
 * minute (cron's finest step) once their delay has passed.
 */
export async function registerPaymentJobs(deps: PaymentDeps, jobs: JobQueue | undefined) {
  if (!jobs) return
  await jobs.work(RECONCILE_JOB, async () => {
    await reconcilePayments(deps)
  })
  await jobs.boss.schedule(RECONCILE_JOB, '*/2 * * * *')
  if (deps.gateway.refunds !== 'automatic') return
  await jobs.work(SANDBOX_REFUNDS_JOB, async () => {
    await settleDueSandboxRefunds(deps)
  })
  await jobs.boss.schedule(SANDBOX_REFUNDS_JOB, '* * * * *')
}
