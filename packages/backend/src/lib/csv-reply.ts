import { Readable } from 'node:stream'
import type { FastifyReply } from 'fastify'

/**
 * Sends streamed CSV lines as a download named `<name>-<UTC day>.csv`, never cached (exports
 * carry people's data). Readable.from pulls the generator only as fast as the client reads.
 */
export function replyWithCsv(reply: FastifyReply, name: string, lines: AsyncIterable<string>) {
  const day = new Date().toISOString().slice(0, 10)
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(lines))
}
