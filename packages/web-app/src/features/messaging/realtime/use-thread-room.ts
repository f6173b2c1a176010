import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { catchUp } from '../api/messages.ts'
import { holdThread, joinThread, messagingSocket, releaseThread } from './messaging-socket.ts'
import { setOnline } from './presence.ts'

/**
 * In the thread's room while the conversation is open: joined now and after every reconnect
 * (a connection that could not be recovered has lost its rooms), each time followed by a
 * catch-up with "messages since", so what happened while away is shown once.
 */
export function useThreadRoom(threadId: string, otherParticipantIds: string[]) {
  const queryClient = useQueryClient()
  const others = useRef(otherParticipantIds)
  others.current = otherParticipantIds
  useEffect(() => {
    const socket = messagingSocket()
    holdThread(threadId)
    let live = true
    const join = async () => {
      try {
        const ack = await joinThread(threadId)
        if (live && ack.ok) {
          const online = new Set(ack.data.onlineUserIds)
          setOnline([...online], true)
          setOnline(
            others.current.filter((id) => !online.has(id)),
            false,
          )
        }
      } catch {
        // No answer in time: the next connect joins again.
      }
      if (live) await catchUp(queryClient, threadId).catch(() => undefined)
    }
    if (socket.connected) void join()
    socket.on('connect', join)
    return () => {
      live = false
      socket.off('connect', join)
      releaseThread(threadId)
    }
  }, [queryClient, threadId])
}
