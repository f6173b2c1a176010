import { recordAudit } from '../audit/audit.service.ts'
import { type NewTrigger, raiseOrRenewAlert } from './alert.repository.ts'
import { scheduleEscalation } from './alert-escalation.ts'
import { broadcastAlert, pageTier } from './alert-paging.ts'
import type { SafetyDeps } from './safety-deps.ts'

/**
 * Raises the patient's alert or renews the active one. A new alert pages tier 0 and queues its
 * escalation check; a renewal only updates the live queue (the people paged are on it). The
 * alert and its trigger are committed before anyone is told, so whoever is paged finds it.
 * Undefined for a patient who no longer exists.
 */
export async function raiseAlert(
  deps: SafetyDeps,
  trigger: NewTrigger,
): Promise<string | undefined> {
  const raised = await raiseOrRenewAlert(deps.db, trigger)
  if (!raised) return undefined
  const { alertId, created } = raised
  // The system acts here, not the patient: the row names them in its changes.
  await recordAudit(deps.db, {
    action: created ? 'safety.alert.raise' : 'safety.alert.renew',
    resource: 'safety_alert',
    resourceId: alertId,
    changes: { patientId: trigger.patientId, source: trigger.source, reasons: trigger.reasons },
  })
  if (created) {
    await pageTier(deps, alertId, trigger.patientId, 0)
    await scheduleEscalation(deps, { alertId, tier: 0 })
  }
  await broadcastAlert(deps, alertId)
  return alertId
}
