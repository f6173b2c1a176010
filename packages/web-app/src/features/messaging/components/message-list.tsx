import type { ThreadMessage } from '@yektayar/shared/types'
import { Button, DateTimeText, dayKeyOf, Spinner, useTimeZone, useTranslation } from '@yektayar/ui'
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useNow } from '../../../shared/use-now.ts'
import type { OutgoingMessage } from '../send-queue.ts'
import { MessageBubble, OutgoingBubble } from './message-bubble.tsx'

export interface MessageListProps {
  items: ThreadMessage[]
  outgoing: OutgoingMessage[]
  hasOlder: boolean
  onLoadOlder: () => Promise<void>
  myId: string
  /** The name to show above someone else's message, or null to show none. */
  nameOf: (senderId: string | null) => string | null
  connected: boolean
  onRetry: (clientId: string) => void
  onDiscard: (clientId: string) => void
  /** The newest message is on screen while the page is visible. */
  onSeenNewest: () => void
  /** My messages up to this position have been read by the other side. */
  seenSeq: number
}

// Within this many pixels of the bottom counts as "reading the newest".
const NEAR_BOTTOM_PX = 80

/**
 * The conversation, oldest at the top. Opens at the newest message; scrolling to the top loads
 * older ones without moving what is on screen; a new message scrolls into view only when the
 * reader was already at the bottom (or wrote it).
 */
export function MessageList(props: MessageListProps) {
  const { items, outgoing, hasOlder, onLoadOlder, myId, nameOf, onSeenNewest } = props
  const { t } = useTranslation()
  const timeZone = useTimeZone()
  const now = useNow()
  const scroller = useRef<HTMLElement>(null)
  const topSentinel = useRef<HTMLDivElement>(null)
  const nearBottom = useRef(true)
  const heightBeforeOlder = useRef<number | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [olderError, setOlderError] = useState(false)

  const seen = useCallback(() => {
    if (nearBottom.current && document.visibilityState === 'visible') onSeenNewest()
  }, [onSeenNewest])

  const loadOlder = useCallback(async () => {
    if (loadingOlder || !hasOlder) return
    setLoadingOlder(true)
    setOlderError(false)
    heightBeforeOlder.current = scroller.current?.scrollHeight ?? null
    try {
      await onLoadOlder()
    } catch {
      heightBeforeOlder.current = null
      setOlderError(true)
    } finally {
      setLoadingOlder(false)
    }
  }, [hasOlder, loadingOlder, onLoadOlder])

  // Older messages came in above: keep the same messages on screen.
  const firstId = items[0]?.id
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element || heightBeforeOlder.current === null || firstId === undefined) return
    element.scrollTop += element.scrollHeight - heightBeforeOlder.current
    heightBeforeOlder.current = null
  }, [firstId])

  // Something new at the bottom: follow it if the reader was there, or if it is mine.
  const last = items.at(-1)
  const newestKey = `${last?.id}:${outgoing.length}`
  const newestIsMine = outgoing.length > 0 || last?.senderId === myId
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest message changes.
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    if (nearBottom.current || newestIsMine) {
      element.scrollTop = element.scrollHeight
      nearBottom.current = true
    }
    seen()
  }, [newestKey])

  // The list got shorter (the keyboard, the tray of attachments): the newest stays in view.
  useEffect(() => {
    const element = scroller.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (nearBottom.current) element.scrollTop = element.scrollHeight
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const sentinel = topSentinel.current
    const root = scroller.current
    if (!sentinel || !root || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadOlder()
      },
      { root, rootMargin: '200px 0px 0px 0px' },
    )
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [loadOlder])

  useEffect(() => {
    document.addEventListener('visibilitychange', seen)
    return () => document.removeEventListener('visibilitychange', seen)
  }, [seen])

  let previousDay = ''
  return (
    <section
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
      tabIndex={0}
      aria-label={t('messaging.thread.messagesLabel')}
      onScroll={(event) => {
        const element = event.currentTarget
        nearBottom.current =
          element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX
        seen()
      }}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-4 sm:px-5"
    >
      <div ref={topSentinel} />
      <div className="flex justify-center pb-3">
        {hasOlder ? (
          loadingOlder ? (
            <span className="flex items-center gap-2 text-sm text-ink-muted" role="status">
              <Spinner />
              {t('messaging.thread.loadingOlder')}
            </span>
          ) : (
            <Button variant="ghost" onClick={() => void loadOlder()}>
              {olderError ? t('messaging.thread.retry') : t('messaging.thread.older')}
            </Button>
          )
        ) : items.length > 0 ? (
          <span className="text-xs text-ink-muted">{t('messaging.thread.beginning')}</span>
        ) : null}
      </div>
      {items.length === 0 && outgoing.length === 0 && (
        <p className="py-10 text-center text-ink-muted">{t('messaging.thread.empty')}</p>
      )}
      <ol className="flex flex-col gap-2" aria-live="polite" aria-relevant="additions">
        {items.map((message) => {
          const day = dayKeyOf(message.createdAt, timeZone)
          const newDay = day !== previousDay
          previousDay = day
          return (
            <Fragment key={message.id}>
              {newDay && (
                <li className="sticky top-0 z-10 flex justify-center py-1">
                  <DateTimeText
                    value={message.createdAt}
                    show="date"
                    style="weekdayDayMonth"
                    className="rounded-full bg-surface-muted px-3 py-1 text-xs font-medium text-ink-muted shadow-sm"
                  />
                </li>
              )}
              <li className="flex flex-col">
                <MessageBubble
                  message={message}
                  mine={message.senderId === myId}
                  senderName={message.senderId === myId ? null : nameOf(message.senderId)}
                  now={now}
                  seen={message.seq <= props.seenSeq}
                />
              </li>
            </Fragment>
          )
        })}
        {outgoing.map((item) => (
          <li key={item.clientId} className="flex flex-col">
            <OutgoingBubble
              item={item}
              connected={props.connected}
              onRetry={() => props.onRetry(item.clientId)}
              onDiscard={() => props.onDiscard(item.clientId)}
            />
          </li>
        ))}
      </ol>
    </section>
  )
}
