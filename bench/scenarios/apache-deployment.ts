import { autocannonLoad } from '../lib/autocannon-load.ts'
import { measureFanout } from '../lib/fanout-driver.ts'
import type { Scenario, Target } from '../scenario.ts'
import { fanoutOptions } from './socket-fanout.ts'
import { checkThreadList, threadListRequest } from './thread-list.ts'

// Issue 21: two instances behind Apache against one instance direct, both the production build
// on the same store, PostgreSQL and Redis (servers/messaging-apache.ts).

const SHARED_CORES =
  'measured on one 2-core machine where the load client, Apache, all three instances, ' +
  'PostgreSQL and Redis share the cores'
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const ms = (value: number | undefined) => `${value?.toFixed(1) ?? '?'} ms`

function directOrigin(target: Target): string {
  if (!target.directOrigin) throw new Error('needs the messaging-apache server')
  return target.directOrigin
}

/**
 * The thread-list scenario's request through Apache, alternating slices with the same request to
 * the direct instance (each warmed up first); the row's ratio is Apache's req/s ÷ direct's.
 * Nothing is pinned and neither side is stopped during the other's slices: two instances are
 * meant to spread over both cores, and the idle side costs next to nothing.
 */
export const threadListViaApache: Scenario = {
  name: 'GET /api/v1/threads: two instances via Apache (HTTPS) vs one direct',
  server: 'messaging-apache',
  budget: { minRatio: 1.3 },
  async measure(target) {
    const direct = directOrigin(target)
    await checkThreadList(target)
    await checkThreadList({ ...target, origin: direct })
    const { path, ...options } = threadListRequest()
    const alone = { ...target, serversAside: undefined }
    const m = await autocannonLoad(alone, { path, ...options }, `${direct}${path}`, options)
    return {
      ...m,
      note:
        `one instance direct: ${Math.round(m.baselineRequestsPerSecond ?? 0)} req/s, ` +
        `p50 ${ms(m.baselineP50Ms)}, p99 ${ms(m.baselineP99Ms)}; ` +
        `"vs raw" is two via Apache ÷ one direct (target ≥ 1.3×); ${SHARED_CORES}`,
    }
  },
}

/**
 * The socket fan-out's clients with the web app's transports (polling, then WebSocket): first
 * against the direct instance, then through Apache, whose balancer spreads senders and
 * receivers over the two instances (about half the messages cross Redis). The row is Apache's.
 */
export const socketFanoutViaApache: Scenario = {
  name: 'socket fan-out: two instances via Apache (HTTPS) vs one direct',
  server: 'messaging-apache',
  async measure(target) {
    const direct = directOrigin(target)
    log('fan-out to one instance direct')
    const alone = await measureFanout(fanoutOptions(direct, direct, target, true))
    log('fan-out through Apache to two instances')
    const apache = await measureFanout(fanoutOptions(target.origin, target.origin, target, true))
    return {
      ...apache,
      note:
        `one instance direct: p50 ${ms(alone.p50Ms)}, p99 ${ms(alone.p99Ms)}, ` +
        `${alone.failures} failures; p99 via Apache ÷ direct ` +
        `${(apache.p99Ms / Math.max(alone.p99Ms, 0.01)).toFixed(2)}×; ${SHARED_CORES}`,
    }
  },
}
