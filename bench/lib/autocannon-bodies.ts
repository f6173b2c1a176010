import { createRequire } from 'node:module'

interface PendingRequest {
  body: string
}
interface RequestsQueue {
  peek(): PendingRequest | undefined
  addBody(data: Buffer): void
}

/**
 * autocannon appends every response body to a string (`req.body += chunk`), decoding it as
 * UTF-8, for `verifyBody`, `expectBody` and `onResponse`, which no scenario uses. Decoding a
 * compressed 2.3 KB thread page took half of the load generator's CPU, so with 100 users the run
 * stopped at 15,000 req/s while the server sat a third idle (1 user: 34,000). Bodies are
 * counted in bytes as before, just not kept; `refuseBodyChecks` stops a scenario that would
 * need them.
 */
export function dropResponseBodies(): void {
  const require = createRequire(import.meta.url)
  const queue = require('autocannon/lib/pipelinedRequestsQueue.js') as {
    prototype: RequestsQueue
  }
  queue.prototype.addBody = () => {}
}

export function refuseBodyChecks(options: {
  verifyBody?: unknown
  expectBody?: unknown
  requests?: { onResponse?: unknown }[]
}): void {
  const reads =
    options.verifyBody || options.expectBody || options.requests?.some((r) => r.onResponse)
  if (reads) throw new Error('bench: response bodies are not kept (autocannon-bodies.ts)')
}
