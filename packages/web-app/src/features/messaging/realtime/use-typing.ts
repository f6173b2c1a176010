import type { TypingIndicator } from '@yektayar/shared/types'
import { TYPING_EXPIRES_MS } from '@yektayar/shared/types'
import { useCallback, useEffect, useRef, useState } from 'react'
import { messagingSocket } from './messaging-socket.ts'

/** Who else is typing in this thread right now (user ids). */
export function useTypingPeople(threadId: string, myId: string): string[] {
  const [typing, setTyping] = useState<Map<string, number>>(() => new Map())
  useEffect(() => {
    const socket = messagingSocket()
    const onIndicator = (indicator: TypingIndicator) => {
      if (indicator.threadId !== threadId || indicator.userId === myId) return
      setTyping((current) => {
        const next = new Map(current)
        if (indicator.isTyping) {
          next.set(indicator.userId, Date.now() + (indicator.expiresInMs || TYPING_EXPIRES_MS))
        } else {
          next.delete(indicator.userId)
        }
        return next
      })
    }
    // Whoever sent a message has stopped typing it.
    const onMessage = (message: { threadId: string; senderId: string | null }) => {
      if (message.threadId !== threadId || !message.senderId) return
      const sender = message.senderId
      setTyping((current) => {
        if (!current.has(sender)) return current
        const next = new Map(current)
        next.delete(sender)
        return next
      })
    }
    socket.on('typing:indicator', onIndicator)
    socket.on('message:new', onMessage)
    return () => {
      socket.off('typing:indicator', onIndicator)
      socket.off('message:new', onMessage)
    }
  }, [threadId, myId])
  // An indicator nobody refreshed is over, even if its "stop" never came.
  useEffect(() => {
    if (typing.size === 0) return
    const soonest = Math.min(...typing.values())
    const timer = setTimeout(
      () =>
        setTyping((current) => {
          const now = Date.now()
          return new Map([...current].filter(([, until]) => until > now))
        }),
      Math.max(soonest - Date.now(), 0) + 50,
    )
    return () => clearTimeout(timer)
  }, [typing])
  return [...typing.keys()]
}

const START_EVERY_MS = 2_000
const IDLE_STOP_MS = 3_000

/**
 * For the composer: `typed()` on every keystroke sends typing:start at most every two seconds,
 * and typing:stop follows three seconds without a keystroke (or `stopped()`, on send).
 */
export function useTypingSignal(threadId: string) {
  const lastStart = useRef(0)
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const stopped = useCallback(() => {
    clearTimeout(idle.current)
    idle.current = undefined
    if (lastStart.current === 0) return
    lastStart.current = 0
    const socket = messagingSocket()
    if (socket.connected) socket.emit('typing:stop', { threadId })
  }, [threadId])
  const typed = useCallback(() => {
    const socket = messagingSocket()
    if (!socket.connected) return
    const now = Date.now()
    if (now - lastStart.current >= START_EVERY_MS) {
      lastStart.current = now
      socket.emit('typing:start', { threadId })
    }
    clearTimeout(idle.current)
    idle.current = setTimeout(stopped, IDLE_STOP_MS)
  }, [threadId, stopped])
  useEffect(() => stopped, [stopped])
  return { typed, stopped }
}
