import type { CompanionMessage } from '@yektayar/shared/types'
import { Button, useTranslation } from '@yektayar/ui'
import { useEffect, useRef, useState } from 'react'
import { PersonBubble, ReplyBubble, replyNote } from './message-bubbles.tsx'
import { SafetyFlag } from './safety-flag.tsx'

export interface SharedTranscriptProps {
  /** Stored messages, oldest first. */
  items: CompanionMessage[]
  /** The patient's name, said before each of their messages; "patient" when not known. */
  patient: string
  hasOlder: boolean
  onLoadOlder: () => Promise<unknown>
}

/**
 * A shared conversation, read-only, oldest at the top in the page's own flow: the patient's
 * messages with the risk the safety check flagged, the companion's replies as safe Markdown.
 * "Earlier messages" at the top brings the page before; its outcome is announced.
 */
export function SharedTranscript({ items, patient, hasOlder, onLoadOlder }: SharedTranscriptProps) {
  const { t } = useTranslation()
  const top = useRef<HTMLDivElement>(null)
  const keepFocusAtTop = useRef(false)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [olderError, setOlderError] = useState(false)
  const [announcement, setAnnouncement] = useState('')

  const loadOlder = async () => {
    keepFocusAtTop.current = top.current?.contains(document.activeElement) ?? false
    setLoadingOlder(true)
    setOlderError(false)
    setAnnouncement('')
    try {
      await onLoadOlder()
      setAnnouncement(t('companion.shared.transcript.olderLoaded'))
    } catch {
      setOlderError(true)
    } finally {
      setLoadingOlder(false)
    }
  }

  // The button goes once the beginning is reached: focus stays where it was, not on the page.
  useEffect(() => {
    if (hasOlder || !keepFocusAtTop.current) return
    keepFocusAtTop.current = false
    top.current?.focus()
  }, [hasOlder])

  return (
    <section
      aria-label={t('companion.shared.transcript.messagesLabel')}
      className="flex flex-col gap-3"
    >
      <div ref={top} tabIndex={-1} className="flex justify-center outline-none">
        {hasOlder ? (
          <Button variant="ghost" loading={loadingOlder} onClick={() => void loadOlder()}>
            {olderError
              ? t('companion.shared.transcript.olderFailed')
              : t('companion.shared.transcript.older')}
          </Button>
        ) : items.length > 0 ? (
          <span className="text-xs text-ink-muted">
            {t('companion.shared.transcript.beginning')}
          </span>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="py-6 text-center text-ink-muted">{t('companion.shared.transcript.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {items.map((message) => (
            <li key={message.id} className="flex flex-col gap-1">
              {message.role === 'user' ? (
                <>
                  <PersonBubble text={message.content} who={patient} />
                  <SafetyFlag safety={message.safety} />
                </>
              ) : (
                <ReplyBubble
                  content={message.content}
                  kind={message.kind}
                  note={replyNote(message, t)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </section>
  )
}
