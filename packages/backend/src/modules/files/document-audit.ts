import type { Db } from '../../db/database.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'

/** Where a read came from, for the audit row. */
export interface ReaderContext {
  ip?: string
  userAgent?: string
}

/**
 * A patient's documents are clinical material, audited like private notes: every time someone
 * other than their owner lists or opens them, before anything is sent, so a failed audit write
 * means nothing leaves.
 */
export function auditDocumentsListed(
  db: Db,
  auth: AuthContext,
  listed: { patientId: string; fileIds: string[] },
  context: ReaderContext,
): Promise<void> {
  return recordAudit(db, {
    userId: auth.userId,
    action: 'patient_documents.list',
    resource: 'user',
    resourceId: listed.patientId,
    changes: { fileIds: listed.fileIds },
    ip: context.ip,
    userAgent: context.userAgent,
  })
}

/** A verifier listed a psychologist's verification documents (each opening is audited too). */
export function auditVerificationDocumentsListed(
  db: Db,
  auth: AuthContext,
  listed: { psychologistId: string; fileIds: string[] },
  context: ReaderContext,
): Promise<void> {
  return recordAudit(db, {
    userId: auth.userId,
    action: 'psychologist_documents.list',
    resource: 'user',
    resourceId: listed.psychologistId,
    changes: { fileIds: listed.fileIds },
    ip: context.ip,
    userAgent: context.userAgent,
  })
}

export function auditDocumentRead(
  db: Db,
  auth: AuthContext,
  file: { id: string; ownerId: string },
  context: ReaderContext,
): Promise<void> {
  return recordAudit(db, {
    userId: auth.userId,
    action: 'document.read',
    resource: 'file',
    resourceId: file.id,
    changes: { ownerId: file.ownerId },
    ip: context.ip,
    userAgent: context.userAgent,
  })
}
