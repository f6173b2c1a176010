import { Button, Spinner, useTranslation } from '@yektayar/ui'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import type { Turn } from '../use-companion-chat.ts'
import { PersonBubble, ReplyBubble } from './message-bubbles.tsx'

export interface TurnBubblesProps {
  turn: Turn
  onRetry: () => void
  onFetchAgain: () => void
}

const NOTES = {
  stopping: 'companion.chat.stopped',
  reconnecting: 'companion.chat.reconnecting',
  lost: 'companion.chat.lost',
} as const

/** The message in flight and its reply as it arrives, or why it did not. */
export function TurnBubbles({ turn, onRetry, onFetchAgain }: TurnBubblesProps) {
  const { t } = useTranslation()
  const streaming = turn.phase === 'sending' || turn.phase === 'streaming'
  const note = turn.phase in NOTES ? t(NOTES[turn.phase as keyof typeof NOTES]) : null
  return (
    <>
      <li className="flex flex-col">
        <PersonBubble text={turn.message?.content ?? turn.text} />
      </li>
      {turn.phase === 'failed' ? (
        <li className="flex flex-col items-end gap-2">
          <p className="text-sm font-semibold text-danger">{t('companion.chat.notSent')}</p>
          <ProblemAlert error={turn.error} look="line" />
          <Button variant="secondary" className="min-h-10" needsConnection onClick={onRetry}>
            {t('companion.chat.retry')}
          </Button>
        </li>
      ) : (
        <li className="flex flex-col">
          <ReplyBubble
            content={turn.content}
            kind={turn.provider === 'offline' ? 'offline' : 'model'}
            streaming={streaming}
            note={note}
          >
            {turn.phase === 'reconnecting' && <Spinner />}
            {turn.phase === 'lost' && (
              <Button variant="secondary" className="min-h-10 self-start" onClick={onFetchAgain}>
                {t('companion.chat.fetchAgain')}
              </Button>
            )}
          </ReplyBubble>
        </li>
      )}
    </>
  )
}
