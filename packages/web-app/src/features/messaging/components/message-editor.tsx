import { MESSAGE_MAX_LENGTH } from '@yektayar/shared/types'
import { Button, useTranslation } from '@yektayar/ui'
import { useId, useState } from 'react'
import { characterCount } from '../message-length.ts'

export interface MessageEditorProps {
  initial: string
  saving: boolean
  error: string | null
  onSave: (content: string) => void
  onCancel: () => void
}

/** Editing one of my messages in place: Escape cancels, Enter saves, Shift+Enter breaks a line. */
export function MessageEditor({ initial, saving, error, onSave, onCancel }: MessageEditorProps) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(initial)
  const valid = /\S/u.test(text) && characterCount(text) <= MESSAGE_MAX_LENGTH
  const save = () => {
    if (valid && !saving) onSave(text)
  }
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('messaging.thread.editLabel')}
      </label>
      <textarea
        id={id}
        dir="auto"
        value={text}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this message.
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault()
            save()
          }
        }}
        className="w-full resize-y rounded-xl border border-line-strong bg-surface px-3 py-2 text-ink"
      />
      {error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          {t('messaging.thread.cancel')}
        </Button>
        <Button type="submit" loading={saving} disabled={!valid}>
          {t('messaging.thread.save')}
        </Button>
      </div>
    </form>
  )
}
