import { useSyncExternalStore } from 'react'
import { existingSocket, messagingSocket } from './messaging-socket.ts'

/** `offline`: the device has no network (the shell says so); `connecting`: the socket is down. */
export type ConnectionState = 'connected' | 'connecting' | 'offline'

function current(): ConnectionState {
  if (!navigator.onLine) return 'offline'
  const socket = existingSocket()
  return socket?.connected ? 'connected' : 'connecting'
}

function subscribe(listener: () => void) {
  const socket = messagingSocket()
  const events = ['connect', 'disconnect', 'connect_error'] as const
  for (const event of events) socket.on(event, listener)
  socket.io.on('reconnect_attempt', listener)
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    for (const event of events) socket.off(event, listener)
    socket.io.off('reconnect_attempt', listener)
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

/** Whether live messaging works right now, for the "reconnecting…" line. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, current, () => 'connecting')
}
