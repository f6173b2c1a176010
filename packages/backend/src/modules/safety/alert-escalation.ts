import type { JobQueue } from '../../jobs/job-queue.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { escalateIfUnacknowledged, findAlert } from './alert.repository.ts'
import { broadcastAlert, pageTier } from './alert-paging.ts'
import type { SafetyDeps } from './safety-deps.ts'

/** Checks an alert once its time to be acknowledged is over (DESIGN §11: it escalates). */
export const SAFETY_ESCALATE_JOB = 'safety.escalate'

export interface SafetyEscalateJob {
  alertId: string
  /** The tier the alert was at when this check was queued. */
  tier: number
}

/** Queues the check of this tier; a retried queueing with the same id adds nothing. */
export async function scheduleEscalation(
  deps: SafetyDeps,
  job: SafetyEscalateJob,
  now = Date.now(),
) {
  await deps.jobs?.send(SAFETY_ESCALATE_JOB, job, {
    singletonKey: `${job.alertId}:${job.tier}`,
    startAfter: new Date(now + deps.escalateAfterMs()),
    retryLimit: 10,
    retryBackoff: true,
  })
}

/**
 * Nobody acknowledged in time: one tier up (once, even if the job runs twice), the next people
 * paged, the queue told, the step audited, and the next check queued. An acknowledged or
 * resolved alert, or one of a deleted patient, ends here.
 */
export async function escalateAlert(deps: SafetyDeps, job: SafetyEscalateJob): Promise<void> {
  const alert = await findAlert(deps.db, job.alertId)
  // The update checks it is still open at this tier, so a job run twice escalates once.
  if (!alert || !(await escalateIfUnacknowledged(deps.db, job.alertId, job.tier))) return
  const tier = job.tier + 1
  const paged = await pageTier(deps, job.alertId, alert.patient_id, tier)
  await recordAudit(deps.db, {
    action: 'safety.alert.escalate',
    resource: 'safety_alert',
    resourceId: job.alertId,
    changes: { tier, paged: paged.length },
  })
  await broadcastAlert(deps, job.alertId)
  await scheduleEscalation(deps, { alertId: job.alertId, tier })
}

export async function workEscalations(deps: SafetyDeps, jobs: JobQueue): Promise<void> {
  await jobs.work<SafetyEscalateJob>(SAFETY_ESCALATE_JOB, async (batch) => {
    for (const job of batch) await escalateAlert(deps, job.data)
  })
}
