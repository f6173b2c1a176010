import { useEffect } from 'react'
import { holdThread, joinThread, messagingSocket, releaseThread } from './messaging-socket.ts'
import { setOnline } from './presence.ts'

/**
 * The list's presence dots: who of these direct threads' people is online now. Joining a
 * thread answers exactly that; the list holds those rooms while it is on screen (so typing and
 * presence there stay current) and leaves them after.
 */
export function usePresenceProbe(threads: { id: string; counterpartId: string }[]) {
  const key = threads.map((thread) => `${thread.id}:${thread.counterpartId}`).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `threads`.
  useEffect(() => {
    if (threads.length === 0) return
    const socket = messagingSocket()
    let live = true
    for (const thread of threads) holdThread(thread.id)
    const probe = () => {
      for (const thread of threads) {
        joinThread(thread.id)
          .then((ack) => {
            if (live && ack.ok) {
              setOnline(
                [thread.counterpartId],
                ack.data.onlineUserIds.includes(thread.counterpartId),
              )
            }
          })
          .catch(() => undefined)
      }
    }
    if (socket.connected) probe()
    socket.on('connect', probe)
    return () => {
      live = false
      socket.off('connect', probe)
      for (const thread of threads) releaseThread(thread.id)
    }
  }, [key])
}
