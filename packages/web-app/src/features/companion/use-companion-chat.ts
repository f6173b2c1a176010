import { useQueryClient } from '@tanstack/react-query'
import type {
  CompanionMessage,
  CompanionProviderChoice,
  CompanionUnavailableReason,
} from '@yektayar/shared/types'
import { useCallback, useEffect, useRef, useState } from 'react'
import { showSafetyDecision } from '../../shared/safety/safety-decision-store.ts'
import { companionKeys } from './api/companion-keys.ts'
import { companionEvents } from './api/companion-stream.ts'
import { addNewestMessages } from './api/messages.ts'
import { fetchFinishedReply, openReplyStream, stopReply } from './api/send-message.ts'
import { newClientMessageId } from './client-message-id.ts'

/**
 * Where the message being answered stands. `sending` until the server accepts it;
 * `streaming` while words arrive; `stopping` after the person pressed stop; `reconnecting`
 * while the reply is fetched after the connection dropped; `failed` when the message never
 * got through (send it again, same id); `lost` when the reply could not be fetched.
 */
export type TurnPhase = 'sending' | 'streaming' | 'stopping' | 'reconnecting' | 'failed' | 'lost'

export interface Turn {
  clientMessageId: string
  text: string
  provider: CompanionProviderChoice
  /** The person's message as stored, once accepted. */
  message: CompanionMessage | null
  replyId: string | null
  /** The reply so far. */
  content: string
  phase: TurnPhase
  error: unknown
}

export interface Unavailable {
  replyId: string
  reason: CompanionUnavailableReason
  retryAfterSeconds: number | null
}

export interface CompanionChat {
  /** The message in flight and its reply; null when nothing is. */
  turn: Turn | null
  /** The last reply the provider could not give, with why. */
  unavailable: Unavailable | null
  send: (text: string, provider: CompanionProviderChoice) => void
  stop: () => void
  /** Sends the failed message again with the same id: the server answers it once. */
  retry: () => void
  /** Asks again for a reply lost with the connection. */
  fetchAgain: () => void
}

/**
 * One conversation's sending and streaming. The reply streams into `turn`; once it is over
 * (done, stopped, unavailable, or fetched after a drop) the stored messages join the cached
 * pages and `turn` is cleared. `onReplied` is told each finished reply (for the announcement).
 */
export function useCompanionChat(
  conversationId: string,
  onReplied: (reply: CompanionMessage) => void,
): CompanionChat {
  const queryClient = useQueryClient()
  const [turn, setTurn] = useState<Turn | null>(null)
  const [unavailable, setUnavailable] = useState<Unavailable | null>(null)
  const current = useRef<Turn | null>(null)
  const controller = useRef<AbortController | null>(null)
  const replied = useRef(onReplied)
  replied.current = onReplied

  const commit = useCallback((next: Turn | null) => {
    current.current = next
    setTurn(next)
  }, [])
  const update = useCallback(
    (patch: Partial<Turn>) => {
      if (current.current) commit({ ...current.current, ...patch })
    },
    [commit],
  )

  const finish = useCallback(
    (message: CompanionMessage | null, reply: CompanionMessage) => {
      addNewestMessages(queryClient, conversationId, message ? [message, reply] : [reply])
      commit(null)
      // The list's order and a first message's title change with it.
      void queryClient.invalidateQueries({ queryKey: companionKeys.list })
      void queryClient.invalidateQueries({ queryKey: companionKeys.conversation(conversationId) })
      replied.current(reply)
    },
    [queryClient, conversationId, commit],
  )

  const recover = useCallback(
    async (message: CompanionMessage | null, replyId: string, phase: TurnPhase) => {
      update({ phase, error: null })
      try {
        const reply = await fetchFinishedReply(conversationId, replyId)
        if (reply) return finish(message, reply)
        update({ phase: 'lost' })
      } catch (error) {
        update({ phase: 'lost', error })
      }
    },
    [conversationId, finish, update],
  )

  const run = useCallback(
    async (start: Turn) => {
      const abort = new AbortController()
      controller.current = abort
      commit({ ...start, message: null, replyId: null, content: '', phase: 'sending', error: null })
      setUnavailable(null)
      let message: CompanionMessage | null = null
      let replyId: string | null = null
      let content = ''
      const { text, clientMessageId, provider } = start
      try {
        const body = await openReplyStream(
          conversationId,
          { text, clientMessageId, provider },
          abort.signal,
        )
        for await (const { event, data } of companionEvents(body)) {
          if (event === 'accepted') {
            message = data.message
            replyId = data.replyId
            // Before any word of the reply: a crisis card or a gentler offer at once.
            showSafetyDecision(data.safety)
            update({ message, replyId, phase: 'streaming' })
          } else if (event === 'delta' || event === 'replaced') {
            content = event === 'delta' ? content + data.text : data.content
            update({ content })
          } else {
            if (event === 'unavailable') {
              const { reason, retryAfterSeconds } = data
              setUnavailable({ replyId: data.reply.id, reason, retryAfterSeconds })
            }
            return finish(message, data.reply)
          }
        }
        throw new Error('The stream ended before its last event')
      } catch (error) {
        // Stopped by the person (stop takes it from here) or the page went away.
        if (abort.signal.aborted) return
        if (replyId) return recover(message, replyId, 'reconnecting')
        update({ phase: 'failed', error })
        if (isQuotaError(error))
          void queryClient.invalidateQueries({ queryKey: companionKeys.usage })
      } finally {
        if (controller.current === abort) controller.current = null
      }
    },
    [conversationId, commit, update, finish, recover, queryClient],
  )

  const send = useCallback(
    (text: string, provider: CompanionProviderChoice) => {
      const before = current.current
      if (before && before.phase !== 'failed' && before.phase !== 'lost') return
      // A reply lost with the connection is on the server: the next reading of the pages has it.
      if (before?.phase === 'lost') {
        void queryClient.invalidateQueries({ queryKey: companionKeys.messages(conversationId) })
      }
      const start: Turn = {
        clientMessageId: newClientMessageId(),
        text,
        provider,
        message: null,
        replyId: null,
        content: '',
        phase: 'sending',
        error: null,
      }
      void run(start)
    },
    [run, queryClient, conversationId],
  )

  const stop = useCallback(() => {
    const stopping = current.current
    if (!stopping || (stopping.phase !== 'streaming' && stopping.phase !== 'sending')) return
    controller.current?.abort()
    update({ phase: 'stopping' })
    void (async () => {
      await stopReply(conversationId).catch(() => undefined)
      if (stopping.replyId) return recover(stopping.message, stopping.replyId, 'stopping')
      // Stopped before the server said it had the message: show whatever it stored.
      commit(null)
      void queryClient.invalidateQueries({ queryKey: companionKeys.messages(conversationId) })
    })()
  }, [conversationId, update, recover, commit, queryClient])

  const retry = useCallback(() => {
    if (current.current?.phase === 'failed') void run(current.current)
  }, [run])

  const fetchAgain = useCallback(() => {
    const lost = current.current
    if (lost?.phase === 'lost' && lost.replyId) {
      void recover(lost.message, lost.replyId, 'reconnecting')
    }
  }, [recover])

  // Leaving the page ends the connection; the server keeps the reply for next time.
  useEffect(() => () => controller.current?.abort(), [])

  return { turn, unavailable, send, stop, retry, fetchAgain }
}

/**
 * The newest stored reply still `streaming` (the person left while it was being written, or
 * another tab is sending): fetched until it has finished, then shown whole.
 */
export function useFinishLeftReply(conversationId: string, newest: CompanionMessage | undefined) {
  const queryClient = useQueryClient()
  const leftId = newest?.role === 'assistant' && newest.status === 'streaming' ? newest.id : null
  useEffect(() => {
    if (!leftId) return
    let here = true
    fetchFinishedReply(conversationId, leftId)
      .then((reply) => {
        if (here && reply) addNewestMessages(queryClient, conversationId, [reply])
      })
      .catch(() => undefined)
    return () => {
      here = false
    }
  }, [conversationId, leftId, queryClient])
}

/** The problem's code of a failed send (ApiError), or null. */
export function failureCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : null
}

const isQuotaError = (error: unknown) => failureCode(error) === 'COMPANION_QUOTA_EXCEEDED'
