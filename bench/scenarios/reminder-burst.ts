import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { openPostgres } from '../../packages/backend/src/db/open-postgres.ts'
import type { JobQueue } from '../../packages/backend/src/jobs/job-queue.ts'
import {
  APPOINTMENT_REMINDER_JOB,
  type AppointmentReminderJob,
} from '../../packages/backend/src/modules/appointments/appointment-reminders.ts'
import { eventLoopP99Ms } from '../lib/bench-accounts.ts'
import { eachWithConcurrency, openBenchJobs } from '../lib/bench-jobs.ts'
import type { ReceivedSms } from '../lib/kavenegar-double.ts'
import { benchUserReceptor } from '../lib/notifications-seed-sql.ts'
import { type BenchAppointment, insertBenchAppointments } from '../lib/reminder-appointments.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { BENCH_METRICS_TOKEN } from '../servers/app-env.ts'
import { notificationsBench } from '../servers/notifications-app.ts'

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000)
/** Queueing 10,000 jobs must be over before they fall due. */
const LEAD_SECONDS = Number(process.env.BENCH_REMINDER_LEAD_SECONDS ?? 30)
/** How long past the due time the bench waits for the last text before counting the rest missed. */
const GIVE_UP_SECONDS = Number(process.env.BENCH_REMINDER_GIVE_UP_SECONDS ?? 180)
/** Quiet time after the last expected text, in which a late duplicate would still be seen. */
const DUPLICATE_WATCH_MS = 3_000
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The real trigger path: one `appointment.reminder` job per appointment, queued as the
 * appointments module queues them (startAfter, retries), all falling due at `dueAt`.
 */
async function queueReminders(jobs: JobQueue, appointments: BenchAppointment[], dueAt: Date) {
  await eachWithConcurrency(appointments.length, 16, async (index) => {
    const appointment = appointments[index]
    if (!appointment) return
    const data: AppointmentReminderJob = {
      appointmentId: appointment.id,
      startsAt: appointment.startsAt,
      minutesBefore: 24 * 60,
    }
    await jobs.send(APPOINTMENT_REMINDER_JOB, data, {
      id: randomUUID(),
      startAfter: dueAt,
      retryLimit: 5,
      retryBackoff: true,
    })
  })
}

/** Waits until every expected receptor has had a text, or the give-up time passes. */
async function awaitDelivery(received: ReceivedSms[], expected: Set<string>, giveUpAt: number) {
  const reached = new Set<string>()
  let read = 0
  while (now() < giveUpAt) {
    for (; read < received.length; read++) {
      const receptor = received[read]?.receptor
      if (receptor && expected.has(receptor)) reached.add(receptor)
    }
    if (reached.size >= expected.size) return
    await sleep(100)
  }
}

interface BurstCount {
  delivered: number
  missed: number
  duplicates: number
  latenciesMs: number[]
  lastAt: number
}

/**
 * Missed: expected receptors never texted. Duplicates: a receptor texted more than once (each
 * person has exactly one reminder here, and Kavenegar is sent no delivery id to tell them by).
 */
function countBurst(received: ReceivedSms[], expected: Set<string>, dueAt: number): BurstCount {
  const firstAt = new Map<string, number>()
  let duplicates = 0
  for (const sms of received) {
    if (!expected.has(sms.receptor)) continue
    if (firstAt.has(sms.receptor)) duplicates++
    else firstAt.set(sms.receptor, sms.at)
  }
  const latenciesMs = [...firstAt.values()].map((at) => at - dueAt).sort((a, b) => a - b)
  return {
    delivered: firstAt.size,
    missed: expected.size - firstAt.size,
    duplicates,
    latenciesMs,
    lastAt: Math.max(dueAt, ...firstAt.values()),
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

/** Seeds the appointments and queues their reminders; answers when they fall due. */
async function prepareBurst(jobs: JobQueue, databaseUrl: string) {
  const database = await openPostgres({ url: databaseUrl, poolSize: 1 })
  let appointments: BenchAppointment[]
  try {
    appointments = await insertBenchAppointments(database, REMINDERS)
  } finally {
    await database.close()
  }
  const dueAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + LEAD_SECONDS * 1000)
  const started = Date.now()
  await queueReminders(jobs, appointments, dueAt)
  log(`reminder burst: ${appointments.length} reminders queued in ${Date.now() - started} ms`)
  if (Date.now() >= dueAt.getTime()) {
    throw new Error(`queueing took longer than BENCH_REMINDER_LEAD_SECONDS (${LEAD_SECONDS})`)
  }
  return { appointments, dueAt: dueAt.getTime() }
}

/**
 * Issue 15: 10,000 appointment reminders falling due in the same second, delivered by one app
 * process through Kavenegar's API to the bench's Kavenegar server. Every bench user has a
 * verified phone and quiet hours off (the seed), so the time of day holds nothing back.
 * Reports the seconds from the due time to the last text ("all in s"), due-to-text p50/p99,
 * missed plus duplicate texts as failures, and the app's event-loop delay p99 meanwhile.
 */
export const reminderBurst: Scenario = {
  name: 'reminder-burst',
  server: 'notifications-app',
  budget: { maxCompletionSeconds: 60, maxFailures: 0, maxEventLoopDelayP99Ms: 20 },
  async measure(target: Target): Promise<Measurement> {
    const { store, sms } = notificationsBench()
    const { jobs, close } = await openBenchJobs(store)
    let burst: Awaited<ReturnType<typeof prepareBurst>>
    try {
      burst = await prepareBurst(jobs, store.databaseUrl ?? '')
    } finally {
      await close()
    }
    const expected = new Set(burst.appointments.map((a) => benchUserReceptor(a.patient)))
    sms.received.length = 0
    await sleep(burst.dueAt - now())
    await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    await awaitDelivery(sms.received, expected, burst.dueAt + GIVE_UP_SECONDS * 1000)
    await sleep(DUPLICATE_WATCH_MS)
    const loopP99 = await eventLoopP99Ms(target.origin, BENCH_METRICS_TOKEN)
    const count = countBurst(sms.received, expected, burst.dueAt)
    const seconds = (count.lastAt - burst.dueAt) / 1000
    log(
      `reminder burst: ${count.delivered} of ${expected.size} texted in ${seconds.toFixed(1)} s, ` +
        `${count.missed} missed, ${count.duplicates} duplicates, ${sms.received.length} texts in all ` +
        `(${seconds > 0 ? (count.delivered / seconds).toFixed(0) : '–'}/s); ` +
        `event-loop p99 ${loopP99.toFixed(1)} ms`,
    )
    // No req/s: a texts-per-second figure divided by the raw baseline would mean nothing.
    return {
      p50Ms: quantile(count.latenciesMs, 0.5),
      p99Ms: quantile(count.latenciesMs, 0.99),
      samples: count.delivered,
      failures: count.missed + count.duplicates,
      eventLoopDelayP99Ms: loopP99,
      completionSeconds: count.missed > 0 ? GIVE_UP_SECONDS : seconds,
    }
  },
}
