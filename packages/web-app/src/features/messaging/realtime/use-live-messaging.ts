import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import type {
  ThreadDetails,
  ThreadMessage,
  ThreadReadEvent,
  ThreadUpdatedEvent,
} from '@yektayar/shared/types'
import { useEffect } from 'react'
import { catchUp, mergeMessage } from '../api/messages.ts'
import { threadKeys } from '../api/query-keys.ts'
import { leavesGap, type MessageWindow } from '../message-merge.ts'
import { withReadMarker } from '../seen-marker.ts'
import { messagingSocket } from './messaging-socket.ts'
import { outbox } from './outbox.ts'

const LIST_REFRESH_DELAY_MS = 250

/** The lists (mine, the inbox, the dashboard's unread total) ask again, at most once per burst. */
function listRefresher(queryClient: QueryClient) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const refresh = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      void queryClient.invalidateQueries({ queryKey: threadKeys.list })
      void queryClient.invalidateQueries({ queryKey: threadKeys.inboxAll })
      void queryClient.invalidateQueries({ queryKey: threadKeys.unreadTotal })
    }, LIST_REFRESH_DELAY_MS)
  }
  return { refresh, cancel: () => clearTimeout(timer) }
}

/**
 * While a messaging screen is open: server events and acknowledged sends flow into the query
 * cache, so every screen shows the same state without reloading. A message that does not follow
 * the held window (an event was lost) triggers a catch-up instead of leaving a hole.
 */
export function useLiveMessaging(userId: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    outbox.setAuthor(userId)
    const socket = messagingSocket()
    const lists = listRefresher(queryClient)
    // Someone not yet among the thread's people (staff answering, or me answering as staff):
    // the thread's details ask again, for names and my own role.
    const knowSender = (message: ThreadMessage) => {
      const thread = queryClient.getQueryData<ThreadDetails>(threadKeys.detail(message.threadId))
      if (!thread || !message.senderId) return
      if (thread.participants.some((person) => person.id === message.senderId)) return
      void queryClient.invalidateQueries({ queryKey: threadKeys.detail(message.threadId) })
    }
    const onRead = (event: ThreadReadEvent) => {
      queryClient.setQueryData<ThreadDetails>(threadKeys.detail(event.threadId), (thread) =>
        thread ? withReadMarker(thread, event) : thread,
      )
      // Read in another tab or on another device: my unread badges follow.
      if (event.userId === userId) lists.refresh()
    }
    const onMessage = (message: ThreadMessage) => {
      knowSender(message)
      // Writing moves the writer's read marker to their message (as the server does), so a
      // reply marks what came before it as seen.
      if (message.senderId) {
        const read = { threadId: message.threadId, userId: message.senderId }
        onRead({ ...read, lastReadSeq: message.seq, lastReadAt: message.createdAt })
      }
      const window = queryClient.getQueryData<MessageWindow>(threadKeys.messages(message.threadId))
      if (window && leavesGap(window.items, message)) {
        void catchUp(queryClient, message.threadId).catch(() => undefined)
      } else {
        mergeMessage(queryClient, message)
      }
      lists.refresh()
    }
    const onEdited = (message: ThreadMessage) => {
      mergeMessage(queryClient, message)
      lists.refresh()
    }
    const onThread = (event: ThreadUpdatedEvent) => {
      queryClient.setQueryData<ThreadDetails>(threadKeys.detail(event.id), (thread) =>
        thread ? { ...thread, ...event } : thread,
      )
      lists.refresh()
    }
    const stopDelivered = outbox.onDelivered((message) => {
      knowSender(message)
      mergeMessage(queryClient, message)
      lists.refresh()
    })
    socket.on('message:new', onMessage)
    socket.on('message:updated', onEdited)
    socket.on('thread:updated', onThread)
    socket.on('thread:read', onRead)
    return () => {
      socket.off('message:new', onMessage)
      socket.off('message:updated', onEdited)
      socket.off('thread:updated', onThread)
      socket.off('thread:read', onRead)
      stopDelivered()
      lists.cancel()
    }
  }, [queryClient, userId])
}
