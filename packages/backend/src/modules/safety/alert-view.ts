import type { SafetyAlert, SafetyAlertDetail } from '@yektayar/shared'
import type { AlertRow, TriggerRow } from './alert.repository.ts'

const personOrNull = (id: string | null, name: string | null) =>
  id ? { id, name: name ?? '' } : null

export function alertOf(row: AlertRow): SafetyAlert {
  return {
    id: row.id,
    patient: { id: row.patient_id, name: row.patient_name },
    status: row.status,
    reasons: row.reasons,
    tier: row.tier,
    safeNow: row.safe_now,
    threadId: row.thread_id,
    triggerCount: row.trigger_count,
    createdAt: row.created_at,
    lastTriggeredAt: row.last_triggered_at,
    acknowledgedBy: personOrNull(row.acknowledged_by, row.acknowledged_by_name),
    acknowledgedAt: row.acknowledged_at,
    resolvedBy: personOrNull(row.resolved_by, row.resolved_by_name),
    resolvedAt: row.resolved_at,
    resolutionNote: row.resolution_note,
  }
}

export function alertDetailOf(
  row: AlertRow,
  triggers: TriggerRow[],
  viewerTreats: boolean,
): SafetyAlertDetail {
  return {
    ...alertOf(row),
    viewerTreats,
    triggers: triggers.map((trigger) => ({
      source: trigger.source,
      sourceId: trigger.source_id,
      reasons: trigger.reasons,
      text: trigger.text,
      at: trigger.created_at,
    })),
  }
}
