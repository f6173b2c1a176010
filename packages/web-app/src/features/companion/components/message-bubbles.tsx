import type { CompanionMessage } from '@yektayar/shared/types'
import { Button, cx, useTranslation } from '@yektayar/ui'
import { type ReactNode, useEffect, useState } from 'react'
import { ReplyText } from './reply-text.tsx'

const BUBBLE = 'max-w-[88%] rounded-2xl px-4 py-2.5 sm:max-w-[75%]'

export interface PersonBubbleProps {
  text: string
  /** Who wrote it, for screen readers: "you" unless someone else is reading. */
  who?: string
  children?: ReactNode
}

/** The person's own words, as typed (line breaks kept, no Markdown). */
export function PersonBubble({ text, who, children }: PersonBubbleProps) {
  const { t } = useTranslation()
  return (
    <div className={cx(BUBBLE, 'self-end rounded-ee-md bg-primary text-on-primary')}>
      <span className="sr-only">{who ?? t('companion.chat.you')}: </span>
      <p dir="auto" className="whitespace-pre-wrap break-words leading-7">
        {text}
      </p>
      {children}
    </div>
  )
}

export interface ReplyBubbleProps {
  content: string
  kind: CompanionMessage['kind']
  /** Still arriving: a quiet caret, no copy button yet. */
  streaming?: boolean
  /** A line under the words (stopped, unavailable, rewritten). */
  note?: string | null
  children?: ReactNode
}

/** The companion's words: safe Markdown, a copy button once whole, and who wrote them. */
export function ReplyBubble({ content, kind, streaming, note, children }: ReplyBubbleProps) {
  const { t } = useTranslation()
  const who =
    kind === 'offline' ? t('companion.chat.offlineCompanion') : t('companion.chat.companion')
  return (
    <div
      className={cx(
        BUBBLE,
        'flex flex-col gap-1 self-start rounded-es-md border border-line bg-surface text-ink',
      )}
      aria-busy={streaming || undefined}
    >
      <span className="text-xs font-semibold text-primary">{who}</span>
      {content ? (
        <ReplyText content={content} />
      ) : (
        streaming && <p className="text-sm text-ink-muted">{t('companion.chat.thinking')}</p>
      )}
      {streaming && content && (
        <span
          aria-hidden="true"
          className="inline-block h-4 w-1.5 rounded-sm bg-primary motion-safe:animate-pulse"
        />
      )}
      {note && <p className="text-sm text-ink-muted">{note}</p>}
      {!streaming && content && <CopyButton text={content} />}
      {children}
    </div>
  )
}

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])
  return (
    <div className="flex items-center gap-2">
      <Button
        variant="ghost"
        className="min-h-9 px-2 text-xs"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => undefined,
          )
        }}
      >
        {t('companion.chat.copy')}
      </Button>
      <span role="status" className="text-xs text-success">
        {copied ? t('companion.chat.copied') : ''}
      </span>
    </div>
  )
}

/** The note a stored reply carries under its words, by how it ended. */
export function replyNote(message: CompanionMessage, t: (key: string) => string): string | null {
  if (message.kind === 'replaced') return t('companion.chat.replaced')
  if (message.status === 'stopped') return t('companion.chat.stopped')
  if (message.status === 'unavailable') return t('companion.chat.unavailableReply')
  return null
}
