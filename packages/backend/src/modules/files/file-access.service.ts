import type { Readable } from 'node:stream'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { hasAppointmentBetween } from '../appointments/appointment.service.ts'
import { mayReadCourseMedia } from '../learning/course-media-access.service.ts'
import { requireMessageReadable } from '../messaging/message-access.ts'
import { isPsychologistWithProfile } from '../professionals/professional.service.ts'
import { type RangeAnswer, rangeOf } from './byte-range.ts'
import { auditDocumentRead, type ReaderContext } from './document-audit.ts'
import { type FileRow, findFile, listMessageFiles } from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'
import { hashPrefixOf, PUBLIC_PURPOSES, uploadedFileView } from './file-views.ts'

export type FileVariant = 'main' | 'fallback'

export interface OpenedFile {
  body: Readable | Buffer
  size: number
  mime: string
  displayName: string
  range: Exclude<RangeAnswer, { kind: 'unsatisfiable' }>
}

const missing = () => new AppError('NOT_FOUND', 'no such file for this user')

/**
 * Who may read a file besides its owner. Anything not yet in use is the owner's alone; then
 * attachments go to whoever may read the message's thread now, documents to the owner's
 * treating psychologist (a psychologist's own documents to verifiers, professionals.verify),
 * course media on a course to whoever the learning module says may see that course's content
 * (course media on no course stay the owner's).
 */
async function requireReadable(db: Db, auth: AuthContext, row: FileRow): Promise<void> {
  if (row.ownerId === auth.userId && row.status !== 'rejected') return
  if (row.status !== 'ready' || !row.usedAt) throw missing()
  if (PUBLIC_PURPOSES.has(row.purpose)) return
  if (row.purpose === 'attachment' && row.messageId) {
    return requireMessageReadable(db, row.messageId, auth)
  }
  if (row.purpose === 'course_media' && row.courseId) {
    if (await mayReadCourseMedia(db, auth, { id: row.id, courseId: row.courseId })) return
  }
  if (row.purpose === 'document' && auth.userType === 'psychologist') {
    const pair = { patientId: row.ownerId, psychologistId: auth.userId }
    if (await hasAppointmentBetween(db, pair)) return
  }
  // A psychologist's documents (licence, degrees) are what verifiers review them by.
  if (row.purpose === 'document' && auth.permissions.has('professionals.verify')) {
    if (await isPsychologistWithProfile(db, row.ownerId)) return
  }
  throw missing()
}

async function openStored(
  deps: FileDeps,
  row: FileRow,
  variant: FileVariant,
  rangeHeader: string | undefined,
): Promise<OpenedFile> {
  const key = variant === 'fallback' ? row.fallbackKey : row.storageKey
  const size = (variant === 'fallback' ? row.fallbackSize : row.size) ?? 0
  if (!key) throw missing()
  const range = rangeOf(rangeHeader, size)
  if (range.kind === 'unsatisfiable') {
    throw new AppError('RANGE_NOT_SATISFIABLE', `file has ${size} bytes`, {
      headers: { 'content-range': `bytes */${size}` },
    })
  }
  const stored = await deps.storage.get(key, range.kind === 'part' ? range : undefined)
  if (!stored) {
    deps.log.warn({ fileId: row.id, key }, 'a ready file has no stored bytes')
    throw missing()
  }
  const mime = variant === 'fallback' ? 'image/jpeg' : row.mime
  return { body: stored.body, size, mime, displayName: row.displayName, range }
}

/**
 * The decisions kept for a few seconds (file-access-cache.ts): a ready file's owner, and a
 * thread's reader of its attachment, whose access every change that could end it drops from the
 * cache at once. Others are decided on each request: documents for their psychologist (the
 * treating relationship ends with an appointment cancelled in the appointments module, which
 * tells nobody after it commits; each such read writes an audit row anyway), course media
 * (enrolment and course rules belong to learning) and pictures fetched by id.
 */
function mayKeep(auth: AuthContext, row: FileRow): boolean {
  if (row.status !== 'ready') return false
  return row.ownerId === auth.userId || (row.purpose === 'attachment' && row.messageId !== null)
}

/** The row of a file this person may read now, from the database (kept when `mayKeep`). */
async function readableRow(deps: FileDeps, auth: AuthContext, id: string): Promise<FileRow> {
  const computedFrom = deps.accessCache.tick()
  const row = await findFile(deps.db, id)
  if (!row) throw missing()
  await requireReadable(deps.db, auth, row)
  if (mayKeep(auth, row)) deps.accessCache.keep(auth, row, computedFrom)
  return row
}

/** The row of a file this person may read now, the kept decision first; NOT_FOUND otherwise. */
export async function readableFile(deps: FileDeps, auth: AuthContext, id: string) {
  return deps.accessCache.get(auth, id) ?? (await readableRow(deps, auth, id))
}

/**
 * A file by id for a signed-in reader; a foreign, guessed or unfinished id is NOT_FOUND. A
 * document opened by anyone but its owner (their psychologist) is audited first, on every read,
 * wherever the decision came from.
 */
export async function openFile(
  deps: FileDeps,
  auth: AuthContext,
  target: { id: string; variant: FileVariant; range: string | undefined; context: ReaderContext },
): Promise<OpenedFile> {
  const row = await readableFile(deps, auth, target.id)
  if (row.purpose === 'document' && row.ownerId !== auth.userId) {
    await auditDocumentRead(deps.db, auth, row, target.context)
  }
  return openStored(deps, row, target.variant, target.range)
}

/**
 * An avatar or psychologist photo in use, for anyone: the name is the start of its content hash
 * plus `.webp` or `.jpg`, so the address changes with the picture and may be cached forever.
 */
export async function openPublicImage(
  deps: FileDeps,
  target: { id: string; name: string; range: string | undefined },
): Promise<OpenedFile> {
  const row = await findFile(deps.db, target.id)
  const [prefix, extension] = target.name.split('.')
  const shown = row && PUBLIC_PURPOSES.has(row.purpose) && row.status === 'ready' && row.usedAt
  if (!row || !shown || prefix !== hashPrefixOf(row)) throw missing()
  return openStored(deps, row, extension === 'jpg' ? 'fallback' : 'main', target.range)
}

/** A message's attachments, for whoever may read its thread now; anyone else gets NOT_FOUND. */
export async function listAttachments(deps: FileDeps, auth: AuthContext, messageId: string) {
  await requireMessageReadable(deps.db, messageId, auth)
  const rows = await listMessageFiles(deps.db, [messageId])
  return { items: rows.map(uploadedFileView) }
}
