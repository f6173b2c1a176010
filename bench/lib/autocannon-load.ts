import autocannon from 'autocannon'
import type { Measurement, Target } from '../scenario.ts'

/** What a scenario chooses; connections and duration are the run's, so ratios compare. */
export type LoadRequest = Omit<
  autocannon.Options,
  'url' | 'connections' | 'duration' | 'amount' | 'title'
> & { path: string }

/** Warm-up first (discarded: JIT, connection set-up, caches), then the measured run. */
export async function autocannonLoad(target: Target, request: LoadRequest): Promise<Measurement> {
  const { path, ...options } = request
  const { connections, warmupSeconds, durationSeconds } = target.settings
  const base = { ...options, url: `${target.origin}${path}`, connections }
  await autocannon({ ...base, duration: warmupSeconds })
  const result = await autocannon({ ...base, duration: durationSeconds })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    samples: result.requests.total,
    failures: result.non2xx + result.errors,
  }
}
