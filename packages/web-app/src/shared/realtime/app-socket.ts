import type {
  MessagingClientEvents,
  MessagingServerEvents,
  NotificationServerEvents,
  SafetyServerEvents,
} from '@yektayar/shared/types'
import { apiOrigin, currentBearerToken, usesBearerToken } from '@yektayar/ui'
import { io, type Socket } from 'socket.io-client'

/**
 * The app's one Socket.IO connection, made on first use by whichever screen needs it (messaging,
 * the notification bell, the safety queue), so the client library stays out of the first
 * screen's code. Same origin, authenticated by the session cookie (the Android app: the API's
 * origin and the bearer token, read at each connection attempt). Socket.IO reconnects by
 * itself; the server's connection-state recovery puts it back in its rooms and replays what it
 * missed when it can, and the screens catch up by REST when it cannot.
 */
export type AppSocket = Socket<
  MessagingServerEvents & NotificationServerEvents & SafetyServerEvents,
  MessagingClientEvents
>

let socket: AppSocket | undefined

export function appSocket(): AppSocket {
  if (!socket) {
    const bearer = usesBearerToken()
    socket = io(apiOrigin() ?? '', {
      path: '/socket.io',
      withCredentials: !bearer,
      autoConnect: false,
      ...(bearer && { auth: (send) => send({ token: currentBearerToken() }) }),
    })
  }
  // After the server closed it (signed out, session revoked) Socket.IO does not retry by itself:
  // whoever needs it next (signed in again) opens it again.
  if (!socket.connected && !socket.active) socket.connect()
  return socket
}

/** The socket if one was made, without making one (for code that only listens). */
export function existingSocket(): AppSocket | undefined {
  return socket
}
