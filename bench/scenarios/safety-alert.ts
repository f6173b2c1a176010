import { performance } from 'node:perf_hooks'
import type autocannon from 'autocannon'
import { io, type Socket } from 'socket.io-client'
import { httpScenario } from '../lib/http-scenario.ts'
import {
  BENCH_PSYCHOLOGISTS,
  benchPatientOfThread,
  benchThreadId,
  benchToken,
  benchUserId,
} from '../lib/messaging-seed-sql.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'

const BENIGN = JSON.stringify({
  content: 'سلام، این هفته بهتر خوابیدم و تمرین تنفس را هر شب انجام دادم. ممنونم 🌿',
})

/**
 * The send of messageSend, written by the patients of the same threads: every send now also
 * goes through the safety module's detection (a benign text, the common case), so its cost is
 * what this row adds to messageSend's.
 */
function patientPostsToOwnThread() {
  let next = 0
  return (client: autocannon.Client) => {
    const thread = next++ % BENCH_PSYCHOLOGISTS
    client.setRequests([
      {
        method: 'POST',
        path: `/api/v1/threads/${benchThreadId(thread)}/messages`,
        headers: {
          authorization: `Bearer ${benchToken(benchPatientOfThread(thread))}`,
          'content-type': 'application/json',
        },
        body: BENIGN,
      },
    ])
  }
}

export const messageSendByPatient = httpScenario({
  name: 'POST /api/v1/threads/:id/messages (patient; safety on)',
  server: 'messaging-app',
  request: () => ({
    path: '/api/v1/threads',
    method: 'POST',
    setupClient: patientPostsToOwnThread(),
  }),
})

const ALERTS = Number(process.env.BENCH_SAFETY_ALERTS ?? 200)
const IN_FLIGHT = 4
const GIVE_UP_MS = 10_000
const CRISIS = JSON.stringify({ content: 'دیگه نمی‌تونم ادامه بدم، امشب خودمو می‌کشم' })

function responderSocket(origin: string): Promise<Socket> {
  const socket = io(origin, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token: benchToken(0) },
    reconnection: false,
    forceNew: true,
  })
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', reject)
  })
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

/**
 * Issue 18: from a patient's crisis message to the `safety:alert` on the on-call psychologist's
 * socket. Each send is a different patient's first, so each raises a new alert: the alert and
 * its trigger written, the raise audited, tier 0 paged through notification jobs, the
 * escalation check queued, and the alert broadcast. A few sends in flight at once.
 */
export const safetyAlertLatency: Scenario = {
  name: 'crisis message → on-call socket',
  server: 'messaging-app',
  async measure(target: Target): Promise<Measurement> {
    const socket = await responderSocket(target.origin)
    const waiting = new Map<string, (at: number) => void>()
    socket.on('safety:alert', (alert: { patient: { id: string } }) => {
      waiting.get(alert.patient.id)?.(performance.now())
    })
    const latencies: number[] = []
    let failures = 0
    let next = 0
    const sendOne = async (thread: number) => {
      const patient = benchPatientOfThread(thread)
      const heard = new Promise<number | undefined>((resolve) => {
        waiting.set(benchUserId(patient), resolve)
        setTimeout(() => resolve(undefined), GIVE_UP_MS)
      })
      const sentAt = performance.now()
      const response = await fetch(
        `${target.origin}/api/v1/threads/${benchThreadId(thread)}/messages`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${benchToken(patient)}`,
            'content-type': 'application/json',
          },
          body: CRISIS,
        },
      )
      const at = await heard
      if (response.status !== 201 || at === undefined) failures++
      else latencies.push(at - sentAt)
    }
    try {
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < ALERTS) await sendOne(next++)
        }),
      )
    } finally {
      socket.close()
    }
    latencies.sort((a, b) => a - b)
    return {
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      samples: latencies.length,
      failures,
    }
  },
}
