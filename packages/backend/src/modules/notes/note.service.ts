import { randomUUID } from 'node:crypto'
import type { NotesKey } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { type AppointmentRow, requireReadable } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { insertNote, listNotes, type NoteRow } from './note.repository.ts'
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
  return { items: rows.map((row) => noteView(deps.keys, row)) }
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
  return noteView(deps.keys, row)
}

function noteView(keys: NotesKey[], row: NoteRow) {
  return {
    id: row.id,
    appointmentId: row.appointmentId ?? '',
    authorId: row.authorId,
    isPrivate: row.isPrivate ?? true,
    content: plaintextOf(keys, row),
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
  }
}

/** Rows written before encryption (no key id) are plaintext; rotation seals them too. */
export function plaintextOf(keys: NotesKey[], row: NoteRow): string {
  if (!row.keyId) return row.content
  return openNote(keys, row.id, { keyId: row.keyId, content: row.content })
}
