import type { DocumentFile, LinkDocumentBody } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { requireReadable } from '../appointments/appointment.service.ts'
import { deleteDocumentRow, setDocumentSession } from './document.repository.ts'
import { type FileRow, findFile } from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'
import { removeQueued } from './file-sweep.ts'
import { documentFileView } from './file-views.ts'

const missing = () => new AppError('NOT_FOUND', 'no such file of mine')
const notUsable = () => new AppError('FILE_NOT_USABLE', 'not a ready document of mine')

/**
 * My file as a document I may change. Someone else's, an unknown and a failed one answer alike
 * (NOT_FOUND); my file of another purpose, or one still being processed, is FILE_NOT_USABLE.
 */
async function requireMyDocument(db: Db, auth: AuthContext, id: string): Promise<FileRow> {
  const row = await findFile(db, id)
  if (!row || row.ownerId !== auth.userId || row.status === 'rejected') throw missing()
  if (row.purpose !== 'document' || row.status !== 'ready') throw notUsable()
  return row
}

/** One of my sessions as its patient; any other appointment is one I am told does not exist. */
async function requireMySession(db: Db, auth: AuthContext, appointmentId: string) {
  const appointment = await requireReadable(db, auth, appointmentId)
  if (appointment.patientId !== auth.userId) throw new AppError('NOT_FOUND', 'appointment')
  return appointment
}

/**
 * Links my document to one of my sessions (the psychologist then sees which session it was
 * brought for), or unlinks it with null. Who may read it does not change: that is the treating
 * relationship (file-access.service.ts), not the link.
 */
export async function linkMyDocument(
  deps: FileDeps,
  auth: AuthContext,
  fileId: string,
  body: LinkDocumentBody,
): Promise<DocumentFile> {
  await requireMyDocument(deps.db, auth, fileId)
  const session = body.appointmentId
    ? await requireMySession(deps.db, auth, body.appointmentId)
    : null
  const target = { id: fileId, ownerId: auth.userId, appointmentId: session?.id ?? null }
  const file = await setDocumentSession(deps.db, target)
  if (!file) throw notUsable() // deleted meanwhile
  // Who may read it is unchanged, but no kept copy of the row should show the old link.
  await deps.accessCache.forgetFiles([fileId])
  const linked = session && {
    id: session.id,
    startsAt: session.scheduledAt,
    psychologistId: session.psychologistId,
  }
  return documentFileView({ file, session: linked }, () => true)
}

/**
 * Deletes my document: its row goes at once, and any kept decision to read it with it, here and
 * on every instance (nobody can read it from the answer on, and no row is left pointing at
 * missing bytes), and the row's delete queues its stored objects, which are
 * removed right away; whatever storage refuses now, the files sweep retries.
 */
export async function deleteMyDocument(
  deps: FileDeps,
  auth: AuthContext,
  fileId: string,
): Promise<void> {
  await requireMyDocument(deps.db, auth, fileId)
  const deleted = await deleteDocumentRow(deps.db, { id: fileId, ownerId: auth.userId })
  if (!deleted) throw missing() // a second delete won the race
  await deps.accessCache.forgetFiles([fileId])
  const keys = [deleted.storageKey, deleted.fallbackKey].filter((key) => key !== null)
  await removeQueued(deps, keys)
}
