import { setImmediate as nextTurn } from 'node:timers/promises'
import type { PGlite } from '@electric-sql/pglite'

type Entry = 'query' | 'exec' | 'transaction'
const ENTRIES: readonly Entry[] = ['query', 'exec', 'transaction']

/**
 * PGlite runs every statement synchronously on the main thread, and statements queued behind
 * its lock run back to back as promise callbacks, all inside one event-loop turn: with 50
 * password sign-ins under way the loop's delay p99 was 23–27 ms (bench). This queues the
 * client's entry points itself and starts each one in a turn of its own, so sockets and timers
 * are served between statements (13–15 ms). Letting statements run on for up to 1 or 4 ms
 * before a turn measured 15–25 ms. Order and exclusivity are as before: PGlite already ran one
 * query or transaction at a time (a transaction's own statements go through its `tx`).
 */
export function oneStatementPerTurn(client: PGlite): void {
  let queue: Promise<unknown> = Promise.resolve()
  for (const name of ENTRIES) {
    const original = client[name].bind(client) as (...args: unknown[]) => Promise<unknown>
    const queued = (...args: unknown[]) => {
      const run = queue.then(() => nextTurn()).then(() => original(...args))
      queue = run.catch(() => undefined)
      return run
    }
    Object.assign(client, { [name]: queued })
  }
}
