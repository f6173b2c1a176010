import { zodResolver } from '@hookform/resolvers/zod'
import { createNoteBodySchema } from '@yektayar/shared'
import {
  Button,
  fieldErrorText,
  Notice,
  TextAreaField,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useId, useState } from 'react'
import { useController, useForm } from 'react-hook-form'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { useCreateNote } from '../api/notes.ts'
import { NOTE_MAX, NOTE_SCHEMA_OPTIONS, NOTE_SERVER_FIELDS } from '../note-rules.ts'

/**
 * The psychologist writes a note; private by default, since clinical notes usually are. After
 * saving, the text clears but the visibility stays as chosen: several shared notes in a row
 * (homework, a summary for the client) are usual, and a silent switch back to private would
 * file the next one where the clinician did not mean to.
 */
export function NoteForm({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation()
  const placeServerErrors = useServerFieldErrors()
  const create = useCreateNote(appointmentId)
  const [saved, setSaved] = useState(false)
  const name = useId()
  const form = useForm({
    defaultValues: { content: '', isPrivate: true },
    resolver: zodResolver(createNoteBodySchema, NOTE_SCHEMA_OPTIONS),
  })
  const visibility = useController({ control: form.control, name: 'isPrivate' })

  const submit = form.handleSubmit((body) => {
    setSaved(false)
    create.mutate(body, {
      onSuccess: () => {
        form.reset({ content: '', isPrivate: body.isPrivate })
        setSaved(true)
      },
      onError: (error) => placeServerErrors(error, NOTE_SERVER_FIELDS, form.setError),
    })
  })

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextAreaField
        label={t('appointments.notes.content')}
        hint={t('appointments.notes.hint')}
        error={fieldErrorText(form.formState.errors.content, t)}
        rows={4}
        maxLength={NOTE_MAX}
        {...form.register('content', { onChange: () => setSaved(false) })}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-ink">
          {t('appointments.notes.visibility')}
        </legend>
        {[true, false].map((option) => (
          <label key={String(option)} className="flex min-h-11 items-center gap-3 text-ink">
            <input
              type="radio"
              name={name}
              checked={visibility.field.value === option}
              onChange={() => visibility.field.onChange(option)}
              className="size-5 accent-primary"
            />
            {t(option ? 'appointments.notes.privateOption' : 'appointments.notes.sharedOption')}
          </label>
        ))}
      </fieldset>
      <ProblemAlert error={create.error} />
      {saved && <Notice tone="success">{t('appointments.notes.saved')}</Notice>}
      <Button type="submit" className="self-start" loading={create.isPending}>
        {t('appointments.notes.save')}
      </Button>
    </form>
  )
}
