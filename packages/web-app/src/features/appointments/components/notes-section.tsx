import type { AppointmentView } from '@yektayar/shared/types'
import { Card, useSession, useTranslation } from '@yektayar/ui'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useNotes } from '../api/notes.ts'
import { NoteForm } from './note-form.tsx'
import { NoteItem } from './note-item.tsx'

/**
 * The psychologist writes and reads all their notes; the patient reads the shared ones. Which
 * notes come back is the server's decision: this only labels them.
 */
export function NotesSection({ appointment }: { appointment: AppointmentView }) {
  const { t } = useTranslation()
  const writer = appointment.viewer?.canWriteNotes === true
  const notes = useNotes(appointment.id)
  const userId = useSession().data?.user.id
  const title = writer ? t('appointments.notes.title') : t('appointments.notes.sharedTitle')
  return (
    <Card className="flex flex-col gap-5">
      <h2 className="text-xl font-bold text-ink">{title}</h2>
      {writer && <NoteForm appointmentId={appointment.id} />}
      <QueryStates query={notes} compact>
        {(list) =>
          list.length === 0 ? (
            <p className="text-ink-muted">
              {writer ? t('appointments.notes.empty') : t('appointments.notes.sharedEmpty')}
            </p>
          ) : (
            <ul aria-label={t('appointments.notes.list')} className="flex flex-col gap-3">
              {list.map((note) => (
                <NoteItem
                  key={note.id}
                  note={note}
                  appointment={appointment}
                  showVisibility={writer}
                  canAmend={writer && note.authorId === userId}
                />
              ))}
            </ul>
          )
        }
      </QueryStates>
    </Card>
  )
}
