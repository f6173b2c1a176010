import type { DocumentFilePage, DocumentListQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { hasAppointmentBetween } from '../appointments/appointment.service.ts'
import { isPsychologistWithProfile } from '../professionals/professional.service.ts'
import { listDocumentRows } from './document.repository.ts'
import {
  auditDocumentsListed,
  auditVerificationDocumentsListed,
  type ReaderContext,
} from './document-audit.ts'
import { documentFileView } from './file-views.ts'

/** One page of an owner's documents, newest first, and the cursor of the next. */
async function documentPage(db: Db, ownerId: string, query: DocumentListQuery) {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listDocumentRows(db, ownerId, { before, limit: query.limit })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)?.file
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null
  return { page, nextCursor }
}

/** My documents, with the session each is linked to. Anyone signed in may keep documents. */
export async function listMyDocuments(
  db: Db,
  auth: AuthContext,
  query: DocumentListQuery,
): Promise<DocumentFilePage> {
  const { page, nextCursor } = await documentPage(db, auth.userId, query)
  return { items: page.map((row) => documentFileView(row, () => true)), nextCursor }
}

/**
 * A patient's documents for their treating psychologist: one who has (had) a confirmed session
 * with them, the rule that lets them open each document (file-access.service.ts). Anyone else,
 * and an unknown patient, is told there is no such patient. The listing is audited before it
 * is answered.
 */
export async function listPatientDocuments(
  db: Db,
  auth: AuthContext,
  target: { patientId: string; query: DocumentListQuery; context: ReaderContext },
): Promise<DocumentFilePage> {
  const { patientId, query, context } = target
  const pair = { patientId, psychologistId: auth.userId }
  if (auth.userType !== 'psychologist' || !(await hasAppointmentBetween(db, pair))) {
    throw new AppError('NOT_FOUND', 'no such patient of this psychologist')
  }
  const { page, nextCursor } = await documentPage(db, patientId, query)
  const fileIds = page.map((row) => row.file.id)
  await auditDocumentsListed(db, auth, { patientId, fileIds }, context)
  const mine = (psychologistId: string | null) => psychologistId === auth.userId
  return { items: page.map((row) => documentFileView(row, mine)), nextCursor }
}

/**
 * A psychologist's own documents (licence, degrees) for those who verify profiles
 * (professionals.verify, checked by the route). Anyone who is not a psychologist with a profile
 * is NOT_FOUND, so a patient's documents never come out this way. Audited before it answers;
 * sessions are never shown.
 */
export async function listVerificationDocuments(
  db: Db,
  auth: AuthContext,
  target: { psychologistId: string; query: DocumentListQuery; context: ReaderContext },
): Promise<DocumentFilePage> {
  const { psychologistId, query, context } = target
  if (!(await isPsychologistWithProfile(db, psychologistId))) {
    throw new AppError('NOT_FOUND', 'professional')
  }
  const { page, nextCursor } = await documentPage(db, psychologistId, query)
  const fileIds = page.map((row) => row.file.id)
  await auditVerificationDocumentsListed(db, auth, { psychologistId, fileIds }, context)
  return { items: page.map((row) => documentFileView(row, () => false)), nextCursor }
}
