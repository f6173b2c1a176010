import type { AppointmentNote, AppointmentView } from '@yektayar/shared/types'
import { cx, DateTimeText, useTranslation } from '@yektayar/ui'
import { usePersonName } from '../../../shared/person-name.ts'
import { NoteAddendumForm } from './note-addendum-form.tsx'

export interface NoteItemProps {
  note: AppointmentNote
  appointment: AppointmentView
  /** The reader writes notes here: show each note's visibility. */
  showVisibility: boolean
  /** The reader wrote this note, so may amend it. */
  canAmend: boolean
}

/** A note as written, then its addenda in order, each with when and by whom. */
export function NoteItem({ note, appointment, showVisibility, canAmend }: NoteItemProps) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  // Only the appointment's psychologist writes notes and addenda.
  const author = nameOf(appointment.psychologist.name)
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-line bg-surface-muted p-4">
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
      {note.addenda.length > 0 && (
        <ol
          aria-label={t('appointments.notes.addenda')}
          className="flex flex-col gap-2 border-s-4 border-primary/40 ps-3"
        >
          {note.addenda.map((addendum) => (
            <li key={addendum.id} className="flex flex-col gap-1">
              <p className="text-sm text-ink-muted">
                {t('appointments.notes.addendumBy', { name: author })}{' '}
                <DateTimeText value={addendum.createdAt} style="weekdayDayMonth" />
              </p>
              <p className="whitespace-pre-line text-ink">{addendum.content}</p>
            </li>
          ))}
        </ol>
      )}
      {canAmend && <NoteAddendumForm appointmentId={appointment.id} noteId={note.id} />}
    </li>
  )
}
