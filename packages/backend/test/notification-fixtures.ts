import type { NotificationEvent } from '../src/jobs/notification-event.ts'
import type { TestApp } from './test-app.ts'

export interface QueuedNotification {
  id: string
  state: string
  singleton_key: string | null
  data: NotificationEvent
}

/**
 * The `notification.event` jobs in pg-boss's table whose params name `value` under `param`
 * (e.g. appointmentId), oldest first: what producers handed to the notifications engine.
 */
export function queuedNotifications(
  t: TestApp,
  param: string,
  value: string,
): Promise<QueuedNotification[]> {
  return t.database.query<QueuedNotification>(
    `SELECT id, state, singleton_key, data FROM pgboss.job
     WHERE name = 'notification.event' AND data->'params'->>$1 = $2
     ORDER BY created_on, data->>'eventKey'`,
    [param, value],
  )
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
