import type { CompanionMessage } from '@yektayar/shared/types'
import { Button, Spinner, useTranslation } from '@yektayar/ui'
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Turn } from '../use-companion-chat.ts'
import { PersonBubble, ReplyBubble, replyNote } from './message-bubbles.tsx'
import { TurnBubbles } from './turn-bubbles.tsx'

export interface ChatMessagesProps {
  /** Stored messages, oldest first. */
  items: CompanionMessage[]
  hasOlder: boolean
  onLoadOlder: () => Promise<unknown>
  turn: Turn | null
  onRetry: () => void
  onFetchAgain: () => void
  /** Under the newest message: the unavailable or quota notice. */
  after?: ReactNode
}

// Within this many pixels of the bottom counts as "reading the newest".
const NEAR_BOTTOM_PX = 80

/**
 * The conversation, oldest at the top, opening at the newest. While a reply streams the view
 * follows it, unless the reader has scrolled up to read something earlier; scrolling to the top
 * (or the button there) loads older messages without moving what is on screen. It is not a live
 * region: each word would be read out; the page announces finished replies instead.
 */
export function ChatMessages(props: ChatMessagesProps) {
  const { items, hasOlder, onLoadOlder, turn } = props
  const { t } = useTranslation()
  const scroller = useRef<HTMLElement>(null)
  const topSentinel = useRef<HTMLDivElement>(null)
  const nearBottom = useRef(true)
  const heightBeforeOlder = useRef<number | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [olderError, setOlderError] = useState(false)

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

  // A new message of the person's always comes into view; the reply's words follow it only
  // while the reader stays at the bottom.
  const sentKey = turn?.clientMessageId
  useLayoutEffect(() => {
    if (!sentKey) return
    nearBottom.current = true
  }, [sentKey])
  const followKey = `${items.at(-1)?.id}:${sentKey}:${turn?.content.length}:${turn?.phase}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest words change.
  useLayoutEffect(() => {
    const element = scroller.current
    if (element && nearBottom.current) element.scrollTop = element.scrollHeight
  }, [followKey])

  // The view got shorter (the keyboard): the newest stays in view.
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

  return (
    <section
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
      tabIndex={0}
      aria-label={t('companion.chat.messagesLabel')}
      onScroll={(event) => {
        const element = event.currentTarget
        nearBottom.current =
          element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX
      }}
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-4 sm:px-5"
    >
      <div ref={topSentinel} />
      <div className="flex justify-center pb-3">
        {hasOlder ? (
          loadingOlder ? (
            <span className="flex items-center gap-2 text-sm text-ink-muted" role="status">
              <Spinner />
              {t('companion.chat.loadingOlder')}
            </span>
          ) : (
            <Button variant="ghost" onClick={() => void loadOlder()}>
              {olderError ? t('companion.chat.olderFailed') : t('companion.chat.older')}
            </Button>
          )
        ) : items.length > 0 ? (
          <span className="text-xs text-ink-muted">{t('companion.chat.beginning')}</span>
        ) : null}
      </div>
      {items.length === 0 && !turn && (
        <div className="mx-auto flex max-w-md flex-col gap-2 py-10 text-center">
          <h2 className="text-lg font-bold text-ink">{t('companion.chat.emptyTitle')}</h2>
          <p className="text-ink-muted">{t('companion.chat.emptyBody')}</p>
        </div>
      )}
      <ol className="flex flex-col gap-3">
        {items.map((message) => (
          <li key={message.id} className="flex flex-col">
            {message.role === 'user' ? (
              <PersonBubble text={message.content} />
            ) : (
              <ReplyBubble
                content={message.content}
                kind={message.kind}
                streaming={message.status === 'streaming'}
                note={replyNote(message, t)}
              />
            )}
          </li>
        ))}
        {turn && (
          <TurnBubbles turn={turn} onRetry={props.onRetry} onFetchAgain={props.onFetchAgain} />
        )}
      </ol>
      {props.after}
    </section>
  )
}
