import type autocannon from 'autocannon'
import { httpScenario } from '../lib/http-scenario.ts'
import { BENCH_PSYCHOLOGISTS, benchThreadId, benchToken } from '../lib/messaging-seed-sql.ts'

const BODY = JSON.stringify({ content: 'سلام؛ این پیام آزمایشی بار است 🌿' })

/**
 * Each connection is another psychologist posting into one of their own threads (thread i
 * belongs to psychologist i), so sends never queue on one thread's row lock. The patients are
 * offline, so every send also queues a message.digest job (one per thread and 15-minute window).
 */
function postToOwnThread() {
  let next = 0
  return (client: autocannon.Client) => {
    const user = next++ % BENCH_PSYCHOLOGISTS
    client.setRequests([
      {
        method: 'POST',
        path: `/api/v1/threads/${benchThreadId(user)}/messages`,
        headers: {
          authorization: `Bearer ${benchToken(user)}`,
          'content-type': 'application/json',
        },
        body: BODY,
      },
    ])
  }
}

export const messageSend = httpScenario({
  name: 'POST /api/v1/threads/:id/messages',
  server: 'messaging-app',
  request: () => ({ path: '/api/v1/threads', method: 'POST', setupClient: postToOwnThread() }),
})
