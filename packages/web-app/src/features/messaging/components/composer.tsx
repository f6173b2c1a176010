import { MESSAGE_MAX_LENGTH } from '@yektayar/shared/types'
import { Button, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { type ReactNode, useId } from 'react'
import { useForm } from 'react-hook-form'
import { type MessageForm, messageFormResolver } from '../message-form.ts'
import { COUNTER_FROM, characterCount } from '../message-length.ts'
import { AttachButton } from './attach-button.tsx'

/** The files going with the next message (attachments/use-attachment-uploads.ts). */
export interface ComposerAttachments {
  /** Uploaded and ready to go. */
  ready: number
  /** Still uploading or failed: sending waits until each is ready or removed. */
  busy: boolean
  onPick: (files: File[]) => void
  /** The tray of picked files, shown above the text box. */
  tray: ReactNode
}

export interface ComposerProps {
  /** Empty when only attachments go. */
  onSend: (content: string) => void
  attachments?: ComposerAttachments
  /** Every keystroke, for the typing indicator. */
  onTyping?: () => void
  onIdle?: () => void
  disabled?: boolean
}

const MAX_ROWS = 6

/**
 * The message box. Enter sends and Shift+Enter breaks the line (while an IME is composing,
 * Enter belongs to the IME). The text is sent exactly as typed: ZWNJ and spacing are kept.
 * Whether it may be sent is the shared schema's call, as the server's; with ready attachments
 * the text may be left empty. A pasted image is attached rather than pasted.
 */
export function Composer({ onSend, onTyping, onIdle, disabled, attachments }: ComposerProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const form = useForm<MessageForm>({
    defaultValues: { content: '' },
    resolver: messageFormResolver,
    mode: 'onChange',
  })
  const text = form.watch('content')
  const count = characterCount(text)
  const tooLong = count > MESSAGE_MAX_LENGTH
  const blank = !/\S/u.test(text)
  const withFiles = (attachments?.ready ?? 0) > 0
  const sendable =
    !disabled && !attachments?.busy && (form.formState.isValid || (blank && withFiles)) && !tooLong

  const send = (event?: { preventDefault(): void }) => {
    event?.preventDefault()
    if (!sendable) return
    onSend(blank ? '' : form.getValues('content'))
    onIdle?.()
    form.reset()
    form.setFocus('content')
  }

  const rows = Math.min(Math.max(text.split('\n').length, 1), MAX_ROWS)
  return (
    <form className="flex flex-col gap-1.5" noValidate onSubmit={send}>
      <label htmlFor={id} className="sr-only">
        {t('messaging.composer.label')}
      </label>
      {attachments?.tray}
      <div className="flex items-end gap-2">
        {attachments && <AttachButton disabled={disabled} onPick={attachments.onPick} />}
        <textarea
          id={id}
          dir="auto"
          rows={rows}
          disabled={disabled}
          placeholder={t('messaging.composer.placeholder')}
          aria-describedby={`${id}-hint${count >= COUNTER_FROM ? ` ${id}-counter` : ''}`}
          aria-invalid={tooLong || undefined}
          {...form.register('content', {
            onChange: (event) => (event.target.value ? onTyping?.() : onIdle?.()),
          })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              send(event)
            }
          }}
          onPaste={(event) => {
            const files = Array.from(event.clipboardData.files)
            if (!attachments || files.length === 0) return
            event.preventDefault()
            attachments.onPick(files)
          }}
          className={cx(
            'min-h-12 w-full flex-1 resize-none rounded-2xl border bg-surface px-4 py-3 text-base leading-6 text-ink placeholder:text-ink-muted',
            tooLong ? 'border-danger' : 'border-line-strong',
          )}
        />
        <Button type="submit" disabled={!sendable} className="min-h-12 shrink-0">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5 rtl:-scale-x-100"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M4 12 20 4l-4 16-4-7-8-1Z" />
          </svg>
          {t('messaging.composer.send')}
        </Button>
      </div>
      <div className="flex justify-between gap-3 px-1 text-xs text-ink-muted">
        <span id={`${id}-hint`} className="hidden sm:inline">
          {t('messaging.composer.hint')}
        </span>
        {count >= COUNTER_FROM && (
          <span
            id={`${id}-counter`}
            aria-live="polite"
            className={cx('ms-auto', tooLong && 'font-bold text-danger')}
          >
            {tooLong
              ? t('messaging.composer.tooLong', { max: formatNumber(MESSAGE_MAX_LENGTH, language) })
              : t('messaging.composer.counter', {
                  used: formatNumber(count, language),
                  max: formatNumber(MESSAGE_MAX_LENGTH, language),
                })}
          </span>
        )}
      </div>
    </form>
  )
}
