import type autocannon from 'autocannon'
import { BROWSER_ACCEPT_ENCODING, httpScenario } from '../lib/http-scenario.ts'
import { BENCH_USERS, benchToken } from '../lib/messaging-seed-sql.ts'
import type { Target } from '../scenario.ts'

/**
 * Each connection is a different person (100 notifications each, 1,000,000 in the table), so
 * nothing is one hot row, asking as the web app does: compressed answers, and the UI language
 * in Accept-Language (packages/ui api-fetch.ts), which the route answers in.
 */
function eachConnectionAnotherUser() {
  let next = 0
  return (client: autocannon.Client) => {
    client.setHeaders({
      authorization: `Bearer ${benchToken(next++ % BENCH_USERS)}`,
      'accept-encoding': BROWSER_ACCEPT_ENCODING,
      'accept-language': 'fa',
    })
  }
}

/** Fails the run early when the data set or the route is not what the figures claim. */
async function checkNotificationList({ origin }: Target) {
  const response = await fetch(`${origin}/api/v1/notifications`, {
    headers: { authorization: `Bearer ${benchToken(7)}` },
  })
  const body = (await response.json()) as { items?: unknown[]; unreadCount?: unknown }
  if (
    response.status !== 200 ||
    body.items?.length !== 20 ||
    typeof body.unreadCount !== 'number'
  ) {
    throw new Error(
      `GET /api/v1/notifications answered ${response.status} with ${body.items?.length} rows`,
    )
  }
}

/** The bell's first page: 20 newest notifications and the unread count. */
export const notificationList = httpScenario({
  name: 'notification-list',
  server: 'notifications-app',
  budget: { minRatio: 0.25, maxP99Ms: 50 },
  setup: checkNotificationList,
  request: () => ({ path: '/api/v1/notifications', setupClient: eachConnectionAnotherUser() }),
})

/**
 * Every list from PostgreSQL (NOTIFICATION_LIST_CACHE_SECONDS=0), asked as the web app asks:
 * what the page and the unread count cost without the per-person cache. Reported, no budget.
 */
export const notificationListUncached = httpScenario({
  name: 'notification-list (cache off)',
  server: 'notifications-app-uncached',
  setup: checkNotificationList,
  request: () => ({ path: '/api/v1/notifications', setupClient: eachConnectionAnotherUser() }),
})
