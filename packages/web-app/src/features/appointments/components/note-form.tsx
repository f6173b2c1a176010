import { Button, Notice, useProblemMessage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useId, useState } from 'react'
import { useCreateNote } from '../api/notes.ts'
import { TextAreaField } from './text-area-field.tsx'

const NOTE_MAX = 20_000

/** The psychologist writes a note; private by default, since clinical notes usually are. */
export function NoteForm({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const create = useCreateNote(appointmentId)
  const [content, setContent] = useState('')
  const [isPrivate, setIsPrivate] = useState(true)
  const [missing, setMissing] = useState(false)
  const [saved, setSaved] = useState(false)
  const name = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = content.trim()
    setMissing(!trimmed)
    setSaved(false)
    if (!trimmed) return
    create.mutate(
      { content: trimmed, isPrivate },
      {
        onSuccess: () => {
          setContent('')
          setSaved(true)
        },
      },
    )
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextAreaField
        label={t('appointments.notes.content')}
        hint={t('appointments.notes.hint')}
        error={missing ? t('appointments.notes.required') : null}
        value={content}
        rows={4}
        maxLength={NOTE_MAX}
        onChange={(event) => {
          setContent(event.target.value)
          if (event.target.value.trim()) setMissing(false)
        }}
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
              checked={isPrivate === option}
              onChange={() => setIsPrivate(option)}
              className="size-5 accent-primary"
            />
            {t(option ? 'appointments.notes.privateOption' : 'appointments.notes.sharedOption')}
          </label>
        ))}
      </fieldset>
      {create.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {describe(create.error)}
        </p>
      )}
      {saved && <Notice tone="success">{t('appointments.notes.saved')}</Notice>}
      <Button type="submit" className="self-start" loading={create.isPending}>
        {t('appointments.notes.save')}
      </Button>
    </form>
  )
}
