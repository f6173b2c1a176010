import { COMPANION_MESSAGE_MAX_CHARS } from '@yektayar/shared/types'
import { Button, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useId, useRef, useState } from 'react'

export interface ChatComposerProps {
  onSend: (text: string) => void
  /** A reply is streaming: the send button becomes "stop". */
  answering: boolean
  /** A reply is still being finished (stopped, or fetched after a drop): sending waits. */
  waiting: boolean
  onStop: () => void
}

/** The counter appears from here on, so most messages never see it. */
const COUNTER_FROM = 3_500
const MAX_ROWS = 6

/** On a touch screen Enter is a new line (there is no Shift); the button sends. */
const touchFirst = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true

/**
 * The message box. On a keyboard Enter sends and Shift+Enter breaks the line (while an IME is
 * composing, Enter belongs to it). Lengths count as the server's check does, after trimming.
 * While a reply streams the box stays open for the next thought; the button stops the reply.
 */
export function ChatComposer({ onSend, answering, waiting, onStop }: ChatComposerProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')

  const length = text.trim().length
  const tooLong = length > COMPANION_MESSAGE_MAX_CHARS
  const sendable = !waiting && length > 0 && !tooLong
  const max = formatNumber(COMPANION_MESSAGE_MAX_CHARS, language)

  const send = (event?: FormEvent | { preventDefault(): void }) => {
    event?.preventDefault()
    if (!sendable) return
    onSend(text.trim())
    setText('')
    box.current?.focus()
  }
  const stop = () => {
    onStop()
    // The stop button goes away under the focus: the box takes it.
    box.current?.focus()
  }

  const rows = Math.min(Math.max(text.split('\n').length, 1), MAX_ROWS)
  const showCounter = length >= COUNTER_FROM
  return (
    <form className="flex flex-col gap-1.5" noValidate onSubmit={send}>
      <label htmlFor={id} className="sr-only">
        {t('companion.composer.label')}
      </label>
      <div className="flex items-end gap-2">
        <textarea
          ref={box}
          id={id}
          dir="auto"
          rows={rows}
          value={text}
          placeholder={t('companion.composer.placeholder')}
          aria-describedby={`${id}-hint${showCounter ? ` ${id}-counter` : ''}`}
          aria-invalid={tooLong || undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
            if (touchFirst()) return
            send(event)
          }}
          className={cx(
            'min-h-12 w-full flex-1 resize-none rounded-2xl border bg-surface px-4 py-3 text-base leading-6 text-ink placeholder:text-ink-muted',
            tooLong ? 'border-danger' : 'border-line-strong',
          )}
        />
        {answering ? (
          <Button variant="secondary" className="min-h-12 shrink-0" onClick={stop}>
            <span aria-hidden="true" className="size-3.5 rounded-sm bg-current" />
            {t('companion.chat.stop')}
          </Button>
        ) : (
          <Button type="submit" disabled={!sendable} needsConnection className="min-h-12 shrink-0">
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
            {t('companion.composer.send')}
          </Button>
        )}
      </div>
      <div className="flex justify-between gap-3 px-1 text-xs text-ink-muted">
        <span id={`${id}-hint`} className="hidden sm:inline">
          {t('companion.composer.hint')}
        </span>
        {showCounter && (
          <span
            id={`${id}-counter`}
            aria-live="polite"
            className={cx('ms-auto', tooLong && 'font-bold text-danger')}
          >
            {tooLong
              ? t('companion.composer.tooLong', { max })
              : t('companion.composer.counter', { used: formatNumber(length, language), max })}
          </span>
        )}
      </div>
    </form>
  )
}
