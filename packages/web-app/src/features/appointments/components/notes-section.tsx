import type { AppointmentNote, AppointmentView } from '@yektayar/shared/types'
import { Card, cx, DateTimeText, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { useNotes } from '../api/notes.ts'
import { NoteForm } from './note-form.tsx'

/**
 * The psychologist writes and reads all their notes; the patient reads the shared ones. Which
 * notes come back is the server's decision: this only labels them.
 */
export function NotesSection({ appointment }: { appointment: AppointmentView }) {
  const { t } = useTranslation()
  const writer = appointment.viewer?.canWriteNotes === true
  const notes = useNotes(appointment.id)
  const title = writer ? t('appointments.notes.title') : t('appointments.notes.sharedTitle')
  return (
    <Card className="flex flex-col gap-5">
      <h2 className="text-xl font-bold text-ink">{title}</h2>
      {writer && <NoteForm appointmentId={appointment.id} />}
      {notes.isPending ? (
        <LoadingState className="py-4" />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => notes.refetch()} />
      ) : notes.data.length === 0 ? (
        <p className="text-ink-muted">
          {writer ? t('appointments.notes.empty') : t('appointments.notes.sharedEmpty')}
        </p>
      ) : (
        <ul aria-label={t('appointments.notes.list')} className="flex flex-col gap-3">
          {notes.data.map((note) => (
            <NoteItem key={note.id} note={note} showVisibility={writer} />
          ))}
        </ul>
      )}
    </Card>
  )
}

function NoteItem({ note, showVisibility }: { note: AppointmentNote; showVisibility: boolean }) {
  const { t } = useTranslation()
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-line bg-surface-muted p-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-ink-muted">
        <DateTimeText value={note.createdAt} style="dayMonth" />
        {showVisibility && (
          <span
            className={cx(
              'rounded-full px-2.5 py-0.5 font-semibold',
              note.isPrivate ? 'bg-surface text-ink' : 'bg-primary-soft text-primary',
            )}
          >
            {note.isPrivate ? t('appointments.notes.private') : t('appointments.notes.shared')}
          </span>
        )}
      </div>
      <p className="whitespace-pre-line text-ink">{note.content}</p>
    </li>
  )
}
