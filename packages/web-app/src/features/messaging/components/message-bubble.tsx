import type { ThreadMessage } from '@yektayar/shared/types'
import { MESSAGE_EDIT_WINDOW_MS } from '@yektayar/shared/types'
import { Button, cx, DateTimeText, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { useEditMessage } from '../api/messages.ts'
import { MessageAttachments } from '../attachments/message-attachments.tsx'
import type { OutgoingMessage } from '../send-queue.ts'
import { CourseRecommendationCard } from './course-recommendation-card.tsx'
import { MessageEditor } from './message-editor.tsx'
import { MessageText } from './message-text.tsx'

const BUBBLE = 'max-w-[85%] rounded-2xl px-4 py-2.5 sm:max-w-[70%]'
const MINE = 'self-end rounded-ee-md bg-primary text-on-primary'
const THEIRS = 'self-start rounded-es-md border border-line bg-surface text-ink'

export interface MessageBubbleProps {
  message: ThreadMessage
  mine: boolean
  /** Shown above others' messages in conversations with more than two people. */
  senderName: string | null
  now: number
  /** Mine and read by the other side. */
  seen?: boolean
}

export function MessageBubble({ message, mine, senderName, now, seen }: MessageBubbleProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const edit = useEditMessage(message.threadId)
  if (message.isSystem) {
    return (
      <p className="self-center rounded-full bg-surface-muted px-4 py-1 text-center text-sm text-ink-muted">
        <span className="sr-only">{t('messaging.thread.system')}: </span>
        <span dir="auto">{message.content}</span>
      </p>
    )
  }
  // A message of files only has no text to edit.
  const editable =
    mine && !!message.content && now - Date.parse(message.createdAt) < MESSAGE_EDIT_WINDOW_MS
  if (editing) {
    return (
      <div className={cx(BUBBLE, 'w-full self-end border border-line bg-surface')}>
        <MessageEditor
          initial={message.content}
          onCancel={() => setEditing(false)}
          onSave={(content) =>
            edit.mutateAsync({ messageId: message.id, content }).then(() => setEditing(false))
          }
        />
      </div>
    )
  }
  return (
    <article
      data-message-id={message.id}
      className={cx(BUBBLE, 'flex flex-col gap-1', mine ? MINE : THEIRS)}
    >
      {senderName && <p className="text-xs font-bold text-primary">{senderName}</p>}
      {mine && <span className="sr-only">{t('messaging.thread.me')}: </span>}
      {message.attachments.length > 0 && (
        <MessageAttachments attachments={message.attachments} mine={mine} />
      )}
      {message.content && (
        <p dir="auto" className="whitespace-pre-wrap break-words text-start leading-7">
          <MessageText
            content={message.content}
            linkClassName={cx(
              'break-all underline underline-offset-2',
              mine ? 'text-on-primary' : 'text-primary',
            )}
          />
        </p>
      )}
      {message.courseRecommendation && (
        <CourseRecommendationCard courseId={message.courseRecommendation.courseId} mine={mine} />
      )}
      <footer
        className={cx(
          'flex items-center justify-end gap-2 text-xs',
          mine ? 'text-on-primary/85' : 'text-ink-muted',
        )}
      >
        {message.editedAt && <span>{t('messaging.thread.edited')}</span>}
        <DateTimeText value={message.createdAt} show="time" />
        {mine && <SeenMark seen={!!seen} />}
        {editable && (
          <button
            type="button"
            onClick={() => setEditing(true)}
            className="rounded px-1 font-semibold underline underline-offset-2"
          >
            {t('messaging.thread.edit')}
          </button>
        )}
      </footer>
    </article>
  )
}

/** One tick when sent, two once the other side has read it; the words for screen readers. */
function SeenMark({ seen }: { seen: boolean }) {
  const { t } = useTranslation()
  const label = seen ? t('messaging.thread.seen') : t('messaging.thread.sent')
  return (
    <span className="inline-flex items-center" data-seen={seen} title={label}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path
          d={seen ? 'm2 12.5 4.5 4.5L15 8.5M9.5 15.5l1.5 1.5L21.5 6.5' : 'm5 12.5 4.5 4.5L19 7.5'}
        />
      </svg>
      <span className="sr-only">{label}</span>
    </span>
  )
}

export interface OutgoingBubbleProps {
  item: OutgoingMessage
  connected: boolean
  onRetry: () => void
  onDiscard: () => void
}

/** A message of mine the server has not acknowledged: on its way, waiting, or refused. */
export function OutgoingBubble({ item, connected, onRetry, onDiscard }: OutgoingBubbleProps) {
  const { t } = useTranslation()
  const failed = item.status === 'failed'
  return (
    <article
      data-client-id={item.clientId}
      data-status={item.status}
      className={cx(
        BUBBLE,
        'flex flex-col gap-1',
        MINE,
        failed
          ? 'outline-2 outline-danger outline-offset-2'
          : 'outline-2 outline-dashed outline-primary outline-offset-2',
      )}
    >
      <span className="sr-only">{t('messaging.thread.me')}: </span>
      {item.attachments.length > 0 && <MessageAttachments attachments={item.attachments} mine />}
      {item.content && (
        <p dir="auto" className="whitespace-pre-wrap break-words text-start leading-7">
          <MessageText content={item.content} linkClassName="break-all text-on-primary underline" />
        </p>
      )}
      <footer className="flex flex-wrap items-center justify-end gap-2 text-xs text-on-primary/90">
        {failed ? (
          <>
            <span role="alert" className="font-bold">
              {t('messaging.thread.failed')}
              {item.error?.message ? ` — ${item.error.message}` : ''}
            </span>
            <Button variant="secondary" className="min-h-9 px-3 text-xs" onClick={onRetry}>
              {t('messaging.thread.retry')}
            </Button>
            <button type="button" onClick={onDiscard} className="rounded px-1 underline">
              {t('messaging.thread.discard')}
            </button>
          </>
        ) : (
          <span className="flex items-center gap-1">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="12" cy="12" r="9" />
              <path d="M12 7v5l3 2" strokeLinecap="round" />
            </svg>
            {connected ? t('messaging.thread.pending') : t('messaging.thread.waiting')}
          </span>
        )}
      </footer>
    </article>
  )
}
