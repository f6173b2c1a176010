import type { AuditListRow } from './audit.repository.ts'

/**
 * Keys that would carry what a person wrote. Note reads and amendments are audited with ids
 * only; this keeps it so even if a future caller passes more, for any clinical resource.
 */
const CLINICAL_TEXT_KEYS = new Set(['content', 'text', 'body', 'plaintext'])
const CLINICAL_RESOURCES = /^(appointment_note|note_addendum|exercise_answer|assessment_result)/

function withoutClinicalText(resource: string | null, changes: unknown): unknown {
  if (!resource || !CLINICAL_RESOURCES.test(resource)) return changes
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return changes
  return Object.fromEntries(
    Object.entries(changes).filter(([key]) => !CLINICAL_TEXT_KEYS.has(key.toLowerCase())),
  )
}

export function auditViewOf(row: AuditListRow) {
  return {
    id: row.id,
    userId: row.userId,
    actorName: row.actorName,
    action: row.action,
    resource: row.resource,
    resourceId: row.resourceId,
    changes: withoutClinicalText(row.resource, row.changes),
    ip: row.ipAddress,
    userAgent: row.userAgent,
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
  }
}

export type AuditView = ReturnType<typeof auditViewOf>
