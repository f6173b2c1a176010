import autocannon from 'autocannon'
import { multipartBody, phonePhoto } from '../../packages/backend/test/file-fixtures.ts'
import { eventLoopP99Ms } from '../lib/bench-accounts.ts'
import { BENCH_USERS, benchToken } from '../lib/messaging-seed-sql.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { BENCH_METRICS_TOKEN } from '../servers/app-env.ts'

/** People uploading at the same moment; more only queue for the two encoding slots. */
const CONNECTIONS = 10
/** Seconds of the app idle, read like the measured run: the machine's own share of the delay. */
const IDLE_SECONDS = 5
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/**
 * Issue 16: people setting a phone photo (4032×3024, about 3 MB of JPEG with EXIF) as their
 * avatar, re-encoded to a 512 px WebP and JPEG. Each upload is another of the 10,000 bench
 * users, so the per-person hourly limit and quota are checked as in production and never
 * reached. Uploads/s is the req/s column; the app's event-loop delay p99 (its /metrics) shows
 * whether decoding and encoding stayed off the main thread. All cores: sharp uses the pool.
 */
export const avatarUpload: Scenario = {
  name: 'POST /api/v1/files (3 MB phone photo as avatar; 10 at once)',
  server: 'files-app',
  budget: { maxEventLoopDelayP99Ms: 20 },
  async measure(target: Target): Promise<Measurement> {
    const photo = await phonePhoto()
    log(`phone photo: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, 4032×3024, with EXIF`)
    const form = multipartBody([
      { name: 'purpose', value: 'avatar' },
      { name: 'file', filename: 'IMG_20261206_101500.jpg', contentType: 'image/jpeg', data: photo },
    ])
    let next = 0
    const options: autocannon.Options = {
      url: `${target.origin}/api/v1/files`,
      connections: CONNECTIONS,
      // autocannon's default of 10 s per request is shorter than a queue of 3 MB encodes.
      timeout: 60,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            headers: {
              ...form.headers,
              authorization: `Bearer ${benchToken(next++ % BENCH_USERS)}`,
            },
            body: form.payload,
          }),
        },
      ],
    }
    await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000))
    const idleP99 = await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    log(`event-loop p99 with the app idle for ${IDLE_SECONDS} s: ${idleP99.toFixed(1)} ms`)
    // One upload per connection, all answered, as with password logins: a timed warm-up would
    // leave encodes queued that the measured run would wait behind.
    const warm = await autocannon({ ...options, amount: CONNECTIONS })
    if (warm.non2xx + warm.errors > 0)
      throw new Error(`warm-up uploads failed (${warm.non2xx} non-2xx)`)
    await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    const seconds = target.settings.durationSeconds
    const result = await autocannon({ ...options, duration: seconds })
    const loopP99 = await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    log(
      `avatar uploads: ${(result.requests.total / seconds).toFixed(1)}/s, event-loop p99 ${loopP99.toFixed(1)} ms`,
    )
    return {
      requestsPerSecond: result.requests.total / seconds,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      samples: result.requests.total,
      failures: result.non2xx + result.errors,
      eventLoopDelayP99Ms: loopP99,
    }
  },
}
