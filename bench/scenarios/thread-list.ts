import type autocannon from 'autocannon'
import { BROWSER_ACCEPT_ENCODING, httpScenario } from '../lib/http-scenario.ts'
import { BENCH_PSYCHOLOGISTS, benchToken } from '../lib/messaging-seed-sql.ts'
import type { Target } from '../scenario.ts'

/**
 * Each connection is a different psychologist (35 threads each), so nothing is one hot row, and
 * asks for compressed answers as every browser and mobile HTTP client does.
 */
function eachConnectionAnotherUser() {
  let next = 0
  return (client: autocannon.Client) => {
    client.setHeaders({
      authorization: `Bearer ${benchToken(next++ % BENCH_PSYCHOLOGISTS)}`,
      'accept-encoding': BROWSER_ACCEPT_ENCODING,
    })
  }
}

/** Fails the run early when the data set or the route is not what the figures claim. */
export async function checkThreadList({ origin }: Target) {
  const response = await fetch(`${origin}/api/v1/threads`, {
    headers: { authorization: `Bearer ${benchToken(7)}` },
  })
  const body = (await response.json()) as { items?: { unreadCount: number }[] }
  if (response.status !== 200 || body.items?.length !== 20) {
    throw new Error(
      `GET /api/v1/threads answered ${response.status} with ${body.items?.length} rows`,
    )
  }
}

/** The list as every thread-list scenario asks for it. */
export const threadListRequest = () => ({
  path: '/api/v1/threads',
  setupClient: eachConnectionAnotherUser(),
})

/** As people use it: each opens their list again and again, mostly served from the cache. */
export const threadList = httpScenario({
  name: 'GET /api/v1/threads (20 rows; 1M messages)',
  server: 'messaging-app',
  budget: { minRatio: 0.25, maxP99Ms: 50 },
  setup: checkThreadList,
  request: threadListRequest,
})

/**
 * Every list from PostgreSQL (THREAD_LIST_CACHE_SECONDS=0), asked uncompressed: what the query
 * itself costs.
 */
export const threadListUncached = httpScenario({
  name: 'GET /api/v1/threads (cache off)',
  server: 'messaging-app-uncached',
  setup: checkThreadList,
  request: threadListRequest,
})
