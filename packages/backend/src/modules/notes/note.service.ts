import { randomUUID } from 'node:crypto'
import type { NotesKey } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { type AppointmentRow, requireReadable } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type AddendumRow,
  findNote,
  insertAddendum,
  insertNote,
  listAddenda,
  listNotes,
  type NoteRow,
  type SealedRow,
} from './note.repository.ts'
import { openNote, sealNote } from './note-cipher.ts'
import type { NoteDeps } from './note-deps.ts'

/** Where a read came from, for the audit row. */
export interface ReadContext {
  ip?: string
  userAgent?: string
}

function visibilityFor(auth: AuthContext, appointment: AppointmentRow) {
  if (auth.permissions.has('notes.read.any')) return { authorId: auth.userId, allPrivate: true }
  const isAuthorSide =
    appointment.psychologistId === auth.userId && auth.permissions.has('notes.read.own')
  return isAuthorSide
    ? { authorId: auth.userId, allPrivate: false }
    : ({ sharedOnly: true } as const)
}

/**
 * Notes of an appointment the reader may see: the patient only shared ones, the psychologist
 * their own private ones too, admins all. Every private note returned is audited first, so a
 * failed audit write means no clinical text leaves.
 */
export async function listAppointmentNotes(
  deps: NoteDeps,
  auth: AuthContext,
  appointmentId: string,
  context: ReadContext,
) {
  const appointment = await requireReadable(deps.db, auth, appointmentId)
  const rows = await listNotes(deps.db, appointment.id, visibilityFor(auth, appointment))
  await auditPrivateReads(deps.db, auth, rows, context)
  const addenda = await listAddenda(
    deps.db,
    rows.map((row) => row.id),
  )
  return { items: rows.map((row) => noteView(deps.keys, row, addenda)) }
}

async function auditPrivateReads(db: Db, auth: AuthContext, rows: NoteRow[], context: ReadContext) {
  const privateRows = rows.filter((row) => row.isPrivate)
  if (privateRows.length === 0) return
  await db.transaction(async (tx) => {
    for (const row of privateRows) {
      await recordAudit(tx, {
        userId: auth.userId,
        action: 'appointment_note.read',
        resource: 'appointment_note',
        resourceId: row.id,
        changes: { appointmentId: row.appointmentId, authorId: row.authorId },
        ip: context.ip,
        userAgent: context.userAgent,
      })
    }
  })
}

/** Only the appointment's psychologist writes notes; everything is sealed before it is stored. */
export async function createAppointmentNote(
  deps: NoteDeps,
  auth: AuthContext,
  appointmentId: string,
  body: { content: string; isPrivate: boolean },
) {
  const appointment = await requireReadable(deps.db, auth, appointmentId)
  if (appointment.psychologistId !== auth.userId || !auth.permissions.has('notes.read.own')) {
    throw new AppError('FORBIDDEN', 'only the psychologist writes notes')
  }
  const id = randomUUID()
  const sealed = sealNote(deps.keys, id, body.content)
  const row = await insertNote(deps.db, {
    id,
    appointmentId: appointment.id,
    authorId: auth.userId,
    isPrivate: body.isPrivate,
    content: sealed.content,
    keyId: sealed.keyId,
  })
  return noteView(deps.keys, row, [])
}

/**
 * Amends a note without touching it: the addendum is its own sealed row under the note, and
 * the amendment is audited in the same transaction. Only the note's author amends it; someone
 * who cannot see the note is told it does not exist.
 */
export async function addNoteAddendum(
  deps: NoteDeps,
  auth: AuthContext,
  params: { appointmentId: string; noteId: string },
  body: { content: string },
) {
  const appointment = await requireReadable(deps.db, auth, params.appointmentId)
  const note = await findNote(deps.db, appointment.id, params.noteId)
  if (!note || !canSee(auth, appointment, note)) throw new AppError('NOT_FOUND', 'note')
  if (note.authorId !== auth.userId || !auth.permissions.has('notes.read.own')) {
    throw new AppError('FORBIDDEN', 'only the author amends a note')
  }
  const id = randomUUID()
  const sealed = sealNote(deps.keys, id, body.content)
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await insertAddendum(tx, {
      id,
      noteId: note.id,
      authorId: auth.userId,
      content: sealed.content,
      keyId: sealed.keyId,
    })
    await recordAudit(tx, {
      userId: auth.userId,
      action: 'appointment_note.amend',
      resource: 'appointment_note',
      resourceId: note.id,
      changes: { appointmentId: appointment.id, addendumId: id },
    })
    return inserted
  })
  return addendumView(deps.keys, row)
}

/** The same rule listNotes applies in SQL, for one note. */
function canSee(auth: AuthContext, appointment: AppointmentRow, note: NoteRow): boolean {
  const visibility = visibilityFor(auth, appointment)
  if (!note.isPrivate) return true
  if ('sharedOnly' in visibility) return false
  return visibility.allPrivate || note.authorId === auth.userId
}

function noteView(keys: NotesKey[], row: NoteRow, addenda: AddendumRow[]) {
  return {
    id: row.id,
    appointmentId: row.appointmentId ?? '',
    authorId: row.authorId,
    isPrivate: row.isPrivate ?? true,
    content: plaintextOf(keys, row),
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    addenda: addenda.filter((a) => a.noteId === row.id).map((a) => addendumView(keys, a)),
  }
}

function addendumView(keys: NotesKey[], row: AddendumRow) {
  return {
    id: row.id,
    noteId: row.noteId,
    authorId: row.authorId,
    content: plaintextOf(keys, row),
    createdAt: row.createdAt.toISOString(),
  }
}

/** Rows written before encryption (no key id) are plaintext; rotation seals them too. */
export function plaintextOf(keys: NotesKey[], row: SealedRow): string {
  if (!row.keyId) return row.content
  return openNote(keys, row.id, { keyId: row.keyId, content: row.content })
}
