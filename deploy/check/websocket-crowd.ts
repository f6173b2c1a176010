// Many people with the app open at once: WebSocket-only Socket.IO clients held open through
// Apache, each of which keeps one of Apache's worker threads while it is open
// (deploy/apache/yektayar-mpm-event.conf).
import { io, type Socket } from 'socket.io-client'

/**
 * `count` sockets signed in with `token`, each on a connection of its own (without forceNew the
 * client shares one connection per origin) and straight to WebSocket, as a browser is once
 * upgraded. Resolves when all have connected or `withinMs` has passed, with how many did.
 */
export async function openWebSockets(
  origin: string,
  token: string,
  count: number,
  withinMs: number,
): Promise<{ sockets: Socket[]; connected: number }> {
  const sockets: Socket[] = []
  let connected = 0
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, withinMs)
    for (let i = 0; i < count; i++) {
      const socket = io(origin, {
        path: '/socket.io',
        transports: ['websocket'],
        auth: { token },
        forceNew: true,
        reconnection: false,
        rejectUnauthorized: false,
      })
      socket.once('connect', () => {
        connected++
        if (connected === count) {
          clearTimeout(timer)
          resolve()
        }
      })
      sockets.push(socket)
    }
  })
  return { sockets, connected }
}
