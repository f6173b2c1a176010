import { performance } from 'node:perf_hooks'
import type { JobQueue } from '../../packages/backend/src/jobs/job-queue.ts'
import { queueNotification } from '../../packages/backend/src/jobs/notification-event.ts'
import { openBenchJobs } from '../lib/bench-jobs.ts'
import { runFanoutClients, summariseFanout } from '../lib/fanout-driver.ts'
import {
  FANOUT_PREFIX,
  type FanoutClientSocket,
  type FanoutReport,
} from '../lib/fanout-protocol.ts'
import { benchUserId } from '../lib/messaging-seed-sql.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { notificationsBench } from '../servers/notifications-app.ts'

// 5,000 connected people; 100 jobs/s for the measured 10 s tell 1,000 of them once each. A rate
// the engine keeps up with, so the figure is the latency of one notice, not of a backlog (the
// reminder burst measures the engine saturated).
const SOCKETS = Number(process.env.BENCH_NOTIFY_SOCKETS ?? 5000)
const JOBS_PER_SECOND = Number(process.env.BENCH_NOTIFY_RATE ?? 100)
const SECONDS = Number(process.env.BENCH_NOTIFY_SECONDS ?? 10)
const PROCESSES = Number(process.env.BENCH_FANOUT_PROCESSES ?? 4)
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function planListeners(origin: string): FanoutClientSocket[][] {
  const perProcess: FanoutClientSocket[][] = Array.from({ length: PROCESSES }, () => [])
  for (let user = 0; user < SOCKETS; user++) {
    perProcess[user % PROCESSES]?.push({ user, origin, role: 'listener' })
  }
  return perProcess
}

/**
 * Queues notification.event jobs from this process at a steady rate, round-robin over the
 * connected people, each carrying the moment it was queued as its text (an announcement: the
 * only category whose text the producer writes, and one that goes in-app only by default).
 * Answers how many were queued in the measured window for each client process's sockets.
 */
async function queueSteadily(jobs: JobQueue, at: number, measureFrom: number): Promise<number[]> {
  const run = Date.now().toString(36)
  const end = measureFrom + SECONDS * 1000
  const pending: Promise<unknown>[] = []
  let queued = 0
  const measured = Array.from({ length: PROCESSES }, () => 0)
  await sleep(Math.max(at - now(), 0))
  while (now() < end) {
    const due = Math.floor(((now() - at) * JOBS_PER_SECOND) / 1000)
    for (; queued < due; queued++) {
      const queuedAt = now()
      const user = queued % SOCKETS
      if (queuedAt >= measureFrom)
        measured[user % PROCESSES] = (measured[user % PROCESSES] ?? 0) + 1
      const stamp = `${FANOUT_PREFIX}${queuedAt}`
      pending.push(
        queueNotification(jobs, {
          eventKey: `bench:${run}:fanout:${queued}`,
          recipientId: benchUserId(user),
          category: 'announcement',
          templateKey: 'announcement',
          params: {},
          content: { title: { fa: 'بنچ', en: 'Bench' }, body: { fa: stamp, en: stamp } },
        }),
      )
    }
    await sleep(5)
  }
  await Promise.all(pending)
  const inWindow = measured.reduce((sum, count) => sum + count, 0)
  log(`notification fan-out: ${queued} jobs queued, ${inWindow} in the measured window`)
  return measured
}

/**
 * `notification:new` to 5,000 connected sockets (the fan-out client processes, one socket per
 * person): the time from queueing a notification.event job to the socket receiving it.
 */
export const notificationFanout: Scenario = {
  name: 'notification-fanout',
  server: 'notifications-app',
  async measure(target: Target): Promise<Measurement> {
    const { jobs, close } = await openBenchJobs(notificationsBench().store, 16)
    let measured: number[] = []
    let reports: FanoutReport[]
    try {
      reports = await runFanoutClients(
        planListeners(target.origin),
        {
          sendsPerSecond: 0,
          warmupSeconds: target.settings.warmupSeconds,
          durationSeconds: SECONDS,
        },
        async (at, measureFrom) => {
          measured = await queueSteadily(jobs, at, measureFrom)
          return measured
        },
      )
    } finally {
      await close()
    }
    const sentByBench = measured.reduce((sum, count) => sum + count, 0)
    const measurement = summariseFanout(reports, { durationSeconds: SECONDS, sentByBench })
    const duplicates = reports.reduce((sum, report) => sum + report.duplicates, 0)
    return { ...measurement, failures: measurement.failures + duplicates }
  },
}
