import { useQueryClient } from '@tanstack/react-query'
import type { ThreadDetails } from '@yektayar/shared/types'
import { MESSAGE_MAX_ATTACHMENTS } from '@yektayar/shared/types'
import {
  ErrorState,
  formatNumber,
  LoadingState,
  Notice,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'
import { Link, useParams } from 'react-router'
import { loadOlder, useMessageWindow } from '../api/messages.ts'
import { threadKeys } from '../api/query-keys.ts'
import { markThreadRead, useThread } from '../api/threads.ts'
import { AttachmentTray } from '../attachments/attachment-tray.tsx'
import { useAttachmentUploads } from '../attachments/use-attachment-uploads.ts'
import { useFileDrop } from '../attachments/use-file-drop.ts'
import { outbox } from '../realtime/outbox.ts'
import { useConnectionState } from '../realtime/use-connection-state.ts'
import { useThreadRoom } from '../realtime/use-thread-room.ts'
import { useTypingPeople, useTypingSignal } from '../realtime/use-typing.ts'
import { seenSeqOf } from '../seen-marker.ts'
import { outgoingIn } from '../send-queue.ts'
import { useThreadTitle } from '../thread-title.ts'
import { Composer } from './composer.tsx'
import { ConnectionBanner } from './connection-banner.tsx'
import { ConversationHeader } from './conversation-header.tsx'
import { MessageList } from './message-list.tsx'
import { TypingLine } from './typing-line.tsx'

/** /messages/:id */
export function ConversationPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const session = useSession()
  const thread = useThread(id)
  const myId = session.data?.user.id ?? ''
  if (thread.data) return <Conversation key={id} thread={thread.data} myId={myId} />
  if (thread.isPending) return <LoadingState className="flex-1" />
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8">
      {/* On a phone this page has the whole screen: the way back must be here. */}
      <Link to="/messages" className="mb-4 inline-block font-medium text-primary hover:underline">
        {t('messaging.new.back')}
      </Link>
      <ErrorState error={thread.error} onRetry={() => thread.refetch()} />
    </div>
  )
}

function Conversation({ thread, myId }: { thread: ThreadDetails; myId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const uploads = useAttachmentUploads()
  const open = thread.status === 'open'
  const drop = useFileDrop(uploads.add, open)
  const queryClient = useQueryClient()
  const titleOf = useThreadTitle()
  const messages = useMessageWindow(thread.id)
  const connection = useConnectionState()
  const others = useMemo(
    () => thread.participants.map((person) => person.id).filter((personId) => personId !== myId),
    [thread.participants, myId],
  )
  useThreadRoom(thread.id, others)
  const typingIds = useTypingPeople(thread.id, myId)
  const typingSignal = useTypingSignal(thread.id)
  const queue = useSyncExternalStore(outbox.subscribe, outbox.snapshot)

  const items = messages.data?.items ?? []
  // A message acknowledged over the live event before its own acknowledgement: shown once.
  const delivered = new Set(items.map((message) => message.clientId).filter(Boolean))
  const outgoing = outgoingIn(queue, thread.id).filter((item) => !delivered.has(item.clientId))

  // A person without a name on file (a new patient) is "the client" of their own thread.
  const names = useMemo(
    () =>
      new Map(
        thread.participants.map((person) => [
          person.id,
          person.displayName ||
            (person.role === 'owner'
              ? t('messaging.thread.client')
              : t('messaging.thread.someone')),
        ]),
      ),
    [thread.participants, t],
  )
  const showNames = thread.kind === 'department' || thread.participants.length > 2
  const nameOf = useCallback(
    (senderId: string | null) =>
      showNames ? (senderId ? names.get(senderId) || t('messaging.thread.someone') : null) : null,
    [showNames, names, t],
  )

  // Read up to the newest message once it has been on screen; one request per new message.
  const me = thread.participants.find((person) => person.id === myId)
  const markedSeq = useRef(me?.lastReadSeq ?? 0)
  const newest = items.at(-1)
  const onSeenNewest = useCallback(() => {
    if (!newest || !me || newest.seq <= markedSeq.current) return
    markedSeq.current = newest.seq
    markThreadRead(thread.id, newest.id)
      .then(() => {
        void queryClient.invalidateQueries({ queryKey: threadKeys.list })
        void queryClient.invalidateQueries({ queryKey: threadKeys.unreadTotal })
      })
      .catch(() => {
        markedSeq.current = 0
      })
  }, [newest, me, thread.id, queryClient])

  const title = titleOf(thread)
  const typingNames = typingIds.map(
    (personId) => names.get(personId) || t('messaging.thread.someone'),
  )
  return (
    // A phone's whole screen (the frame steps aside, see routes.tsx), shrinking with the
    // keyboard (index.html asks for resizes-content); beside the list from `md` up.
    <div
      {...drop.handlers}
      className="relative flex h-dvh w-full flex-col bg-surface md:h-full md:overflow-hidden md:rounded-2xl md:border md:border-line"
    >
      {drop.dragging && (
        <div className="pointer-events-none absolute inset-2 z-10 grid place-items-center rounded-2xl border-2 border-dashed border-primary bg-surface/90 text-lg font-bold text-primary">
          {t('messaging.attachments.dropHere')}
        </div>
      )}
      <title>{t('messaging.thread.pageTitle', { title })}</title>
      <ConversationHeader thread={thread} title={title} myId={myId} />
      <div className="px-3 pt-2 sm:px-5">
        <ConnectionBanner />
      </div>
      {messages.isPending ? (
        <LoadingState className="flex-1" />
      ) : messages.isError ? (
        <div className="flex-1 p-4">
          <ErrorState error={messages.error} onRetry={() => messages.refetch()} />
        </div>
      ) : (
        <MessageList
          items={items}
          outgoing={outgoing}
          hasOlder={messages.data.olderCursor !== null}
          onLoadOlder={() => loadOlder(queryClient, thread.id)}
          myId={myId}
          nameOf={nameOf}
          connected={connection === 'connected'}
          onRetry={(clientId) => outbox.retry(clientId)}
          onDiscard={(clientId) => outbox.discard(clientId)}
          onSeenNewest={onSeenNewest}
          seenSeq={seenSeqOf(thread, myId)}
        />
      )}
      <div className="border-t border-line bg-surface px-3 pt-1 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:px-5">
        <TypingLine names={typingNames} />
        {open ? (
          <Composer
            onSend={(content) => {
              outbox.send(thread.id, content, uploads.ready)
              uploads.clear()
            }}
            attachments={{
              ready: uploads.ready.length,
              busy: uploads.busy,
              onPick: uploads.add,
              tray: (
                <>
                  {uploads.refused && (
                    <p role="alert" className="pb-1 text-sm text-danger">
                      {t('messaging.attachments.tooMany', {
                        max: formatNumber(MESSAGE_MAX_ATTACHMENTS, language),
                      })}
                    </p>
                  )}
                  <AttachmentTray uploads={uploads} />
                </>
              ),
            }}
            onTyping={typingSignal.typed}
            onIdle={typingSignal.stopped}
          />
        ) : (
          <Notice>{t('messaging.thread.closedNotice')}</Notice>
        )}
      </div>
    </div>
  )
}
