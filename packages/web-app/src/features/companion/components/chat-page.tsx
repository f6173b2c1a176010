import type { CompanionConversation, CompanionMessage } from '@yektayar/shared/types'
import { Button, ErrorState, LoadingState, useTranslation } from '@yektayar/ui'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router'
import { useConversation } from '../api/conversations.ts'
import { inReadingOrder, useMessagePages } from '../api/messages.ts'
import { useCompanionUsage } from '../api/usage.ts'
import { useConversationTitle } from '../conversation-title.ts'
import { failureCode, useCompanionChat, useFinishLeftReply } from '../use-companion-chat.ts'
import { ChatComposer } from './chat-composer.tsx'
import { ChatHeader } from './chat-header.tsx'
import { ChatMessages } from './chat-messages.tsx'
import { DisclaimerDialog } from './disclaimer-dialog.tsx'
import { HandoffDialog } from './handoff-dialog.tsx'
import { QuotaNotice } from './quota-notice.tsx'
import { UnavailableNotice } from './unavailable-notice.tsx'

/** /companion/:id */
export function ChatPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const conversation = useConversation(id)
  if (conversation.data) return <Chat key={id} conversation={conversation.data} />
  if (conversation.isPending) return <LoadingState className="flex-1" />
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8">
      {/* On a phone this page has the whole screen: the way back must be here. */}
      <Link to="/companion" className="mb-4 inline-block font-medium text-primary hover:underline">
        {t('companion.chat.back')}
      </Link>
      <ErrorState error={conversation.error} onRetry={() => conversation.refetch()} />
    </div>
  )
}

/** What a screen reader hears of a finished reply: its start, not every word as it came. */
const ANNOUNCED_CHARS = 280

type Dialog = 'about' | 'handoff' | null

function Chat({ conversation }: { conversation: CompanionConversation }) {
  const { t } = useTranslation()
  const title = useConversationTitle()(conversation)
  const pages = useMessagePages(conversation.id)
  const usage = useCompanionUsage()
  const [dialog, setDialog] = useState<Dialog>(null)
  const [offline, setOffline] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const announce = useCallback(
    (reply: CompanionMessage) =>
      setAnnouncement(
        t('companion.chat.replied', { text: reply.content.slice(0, ANNOUNCED_CHARS) }),
      ),
    [t],
  )
  const chat = useCompanionChat(conversation.id, announce)
  const items = inReadingOrder(pages.data)
  const phase = chat.turn?.phase
  const answering = phase === 'sending' || phase === 'streaming'
  // Until the reply in hand has finished, a new message waits (the server takes one at a time).
  const waiting = answering || phase === 'stopping' || phase === 'reconnecting'
  const talk = () => setDialog('handoff')

  const sendOffline = (text: string) => {
    setOffline(true)
    chat.send(text, 'offline')
  }
  // The newest reply could not be given: what the person wrote before it, to send again.
  const last = items.at(-1)
  useFinishLeftReply(conversation.id, last)
  const unanswered =
    !chat.turn && last?.role === 'assistant' && last.status === 'unavailable'
      ? items.findLast((message) => message.role === 'user')?.content
      : undefined
  const downBeforeAny = !offline && usage.data?.available === false && !unanswered && !chat.turn
  const failed = chat.turn?.phase === 'failed' ? chat.turn : null
  const failedCode = failed && failureCode(failed.error)

  return (
    // A phone's whole screen (the frame steps aside, see routes.tsx), shrinking with the
    // keyboard; a framed column from `md` up.
    <div className="mx-auto flex h-dvh w-full max-w-3xl flex-col bg-surface md:my-6 md:h-[calc(100dvh-11rem)] md:min-h-[28rem] md:overflow-hidden md:rounded-2xl md:border md:border-line">
      <title>{t('companion.chat.pageTitle', { title })}</title>
      <ChatHeader
        conversation={conversation}
        title={title}
        onAbout={() => setDialog('about')}
        onTalk={talk}
      />
      {offline && (
        <div className="flex flex-wrap items-center justify-between gap-2 bg-primary-soft px-4 py-2 text-sm text-primary">
          <span>{t('companion.unavailable.offlineMode')}</span>
          <Button variant="ghost" className="min-h-9 px-2" onClick={() => setOffline(false)}>
            {t('companion.unavailable.backToConfigured')}
          </Button>
        </div>
      )}
      {pages.isPending ? (
        <LoadingState className="flex-1" />
      ) : pages.isError ? (
        <div className="flex-1 p-4">
          <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
        </div>
      ) : (
        <ChatMessages
          items={items}
          hasOlder={pages.hasNextPage}
          onLoadOlder={async () => {
            const answer = await pages.fetchNextPage()
            if (answer.isError) throw answer.error
          }}
          turn={chat.turn}
          onRetry={chat.retry}
          onFetchAgain={chat.fetchAgain}
          after={
            <>
              {(unanswered !== undefined || downBeforeAny) && (
                <UnavailableNotice
                  unavailable={chat.unavailable?.replyId === last?.id ? chat.unavailable : null}
                  onOffline={() => (unanswered ? sendOffline(unanswered) : setOffline(true))}
                  onRetry={unanswered ? () => chat.send(unanswered, 'configured') : undefined}
                  onTalk={talk}
                />
              )}
              {failed && failedCode === 'COMPANION_BUSY' && (
                <UnavailableNotice
                  unavailable={null}
                  onOffline={() => sendOffline(failed.text)}
                  onTalk={talk}
                />
              )}
              {failedCode === 'COMPANION_QUOTA_EXCEEDED' && <QuotaNotice onTalk={talk} />}
            </>
          }
        />
      )}
      <div className="border-t border-line bg-surface px-3 pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:px-5">
        <ChatComposer
          answering={answering}
          waiting={waiting}
          onSend={(text) => chat.send(text, offline ? 'offline' : 'configured')}
          onStop={chat.stop}
        />
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {dialog === 'about' && <DisclaimerDialog onClose={() => setDialog(null)} />}
      {dialog === 'handoff' && (
        <HandoffDialog conversationId={conversation.id} onClose={() => setDialog(null)} />
      )}
    </div>
  )
}
