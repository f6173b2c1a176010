import type { Server } from 'node:http'

/**
 * Node closes idle keep-alive connections only at the moment server.close() is called. One that
 * was still serving a request then turns idle once answered and would hold shutdown open for
 * its keep-alive timeout (72 s in Fastify). Closing idle connections every few milliseconds
 * until the server has closed lets in-flight requests finish and their connections go.
 */
export function closeConnectionsOnceIdle(server: Server, everyMs = 50): () => void {
  const timer = setInterval(() => server.closeIdleConnections(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
