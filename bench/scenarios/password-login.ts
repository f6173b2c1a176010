import autocannon from 'autocannon'
import { benchPhone, eventLoopP99Ms, registerWithPassword } from '../lib/bench-accounts.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { BENCH_METRICS_TOKEN } from '../servers/app-env.ts'

const USERS = 50
const CONNECTIONS = 50
const PASSWORD = 'bench-password kooh-e damavand'
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/**
 * Issue 3: 50 concurrent password logins (argon2id, 19 MiB, t=2, p=1) over 50 accounts. The
 * hashing runs on libuv's thread pool; the app's own event-loop delay p99 during the measured
 * run (from /metrics) shows whether it stayed off the main thread. Logins/s is the req/s column.
 */
export const passwordLogin: Scenario = {
  name: 'POST /api/v1/auth/login (50 concurrent password logins)',
  server: 'app',
  budget: { maxEventLoopDelayP99Ms: 20 },
  async measure(target: Target): Promise<Measurement> {
    const phones = Array.from({ length: USERS }, (_, i) => benchPhone(i))
    for (const phone of phones) await registerWithPassword(target.origin, phone, PASSWORD)
    let next = 0
    const options: autocannon.Options = {
      url: `${target.origin}/api/v1/auth/login`,
      connections: CONNECTIONS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ identifier: phones[next++ % USERS], password: PASSWORD }),
          }),
        },
      ],
    }
    // One login per connection, all answered: a timed warm-up would leave logins queued for
    // the hashing pool that the measured run would then wait behind.
    await autocannon({ ...options, amount: CONNECTIONS })
    await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    const result = await autocannon({ ...options, duration: target.settings.durationSeconds })
    const loopP99 = await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    log(
      `password logins: ${result.requests.average.toFixed(1)}/s, event-loop p99 ${loopP99.toFixed(1)} ms`,
    )
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      samples: result.requests.total,
      failures: result.non2xx + result.errors,
      eventLoopDelayP99Ms: loopP99,
    }
  },
}
