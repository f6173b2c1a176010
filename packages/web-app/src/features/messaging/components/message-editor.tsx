import {
  Button,
  fieldErrorText,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { MESSAGE_SERVER_FIELDS, type MessageForm, messageFormResolver } from '../message-form.ts'

export interface MessageEditorProps {
  initial: string
  /** Saves the new text; a rejection is shown on the form. */
  onSave: (content: string) => Promise<unknown>
  onCancel: () => void
}

/** Editing one of my messages in place: Escape cancels, Enter saves, Shift+Enter breaks a line. */
export function MessageEditor({ initial, onSave, onCancel }: MessageEditorProps) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const placeServerErrors = useServerFieldErrors()
  const id = useId()
  const form = useForm<MessageForm>({
    defaultValues: { content: initial },
    resolver: messageFormResolver,
    mode: 'onChange',
  })
  const { errors, isSubmitting, isValid } = form.formState
  const save = form.handleSubmit(async ({ content }) => {
    try {
      await onSave(content)
    } catch (error) {
      if (placeServerErrors(error, MESSAGE_SERVER_FIELDS, form.setError)) return
      form.setError('root', { type: 'server', message: describe(error) })
    }
  })
  const problem = errors.content?.type === 'server' ? fieldErrorText(errors.content, t) : null
  const error = problem ?? errors.root?.message
  return (
    <form className="flex flex-col gap-2" noValidate onSubmit={save}>
      <label htmlFor={id} className="sr-only">
        {t('messaging.thread.editLabel')}
      </label>
      <textarea
        id={id}
        dir="auto"
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this message.
        autoFocus
        aria-invalid={!isValid || undefined}
        {...form.register('content')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault()
            void save()
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
        <Button type="submit" loading={isSubmitting} disabled={!isValid}>
          {t('messaging.thread.save')}
        </Button>
      </div>
    </form>
  )
}
