import { zodResolver } from '@hookform/resolvers/zod'
import { createNoteAddendumBodySchema } from '@yektayar/shared'
import {
  Button,
  fieldErrorText,
  TextAreaField,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useAddNoteAddendum } from '../api/notes.ts'
import { NOTE_MAX, NOTE_SCHEMA_OPTIONS, NOTE_SERVER_FIELDS } from '../note-rules.ts'

/**
 * Amends a note the reader wrote: a note is never edited in place, so a correction or a later
 * thought is added under it, dated, and the original stays readable.
 */
export function NoteAddendumForm({
  appointmentId,
  noteId,
}: {
  appointmentId: string
  noteId: string
}) {
  const { t } = useTranslation()
  const placeServerErrors = useServerFieldErrors()
  const add = useAddNoteAddendum(appointmentId, noteId)
  const [open, setOpen] = useState(false)
  const form = useForm({
    defaultValues: { content: '' },
    resolver: zodResolver(createNoteAddendumBodySchema, NOTE_SCHEMA_OPTIONS),
  })
  if (!open) {
    return (
      <Button variant="ghost" className="self-start" onClick={() => setOpen(true)}>
        {t('appointments.notes.amend')}
      </Button>
    )
  }
  const submit = form.handleSubmit((body) =>
    add.mutate(body, {
      onSuccess: () => {
        form.reset()
        setOpen(false)
      },
      onError: (error) => placeServerErrors(error, NOTE_SERVER_FIELDS, form.setError),
    }),
  )
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <TextAreaField
        label={t('appointments.notes.addendum')}
        hint={t('appointments.notes.addendumHint')}
        error={fieldErrorText(form.formState.errors.content, t)}
        rows={3}
        maxLength={NOTE_MAX}
        autoFocus
        {...form.register('content')}
      />
      <ProblemAlert error={add.error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={add.isPending}>
          {t('appointments.notes.saveAddendum')}
        </Button>
        <Button variant="secondary" disabled={add.isPending} onClick={() => setOpen(false)}>
          {t('appointments.notes.cancelAddendum')}
        </Button>
      </div>
    </form>
  )
}
