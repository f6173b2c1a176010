import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Measurement } from '../scenario.ts'
import { onExit } from './exit-cleanup.ts'
import type { FanoutClientSocket, FanoutMessage, FanoutReport } from './fanout-protocol.ts'
import {
  BENCH_PSYCHOLOGISTS,
  benchThreadId,
  FIRST_PAIR_THREAD,
  PAIR_COUNT,
} from './messaging-seed-sql.ts'
import { REPO_ROOT } from './repo-root.ts'

const CHILD = fileURLToPath(new URL('./fanout-client.child.ts', import.meta.url))
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
/** The longest a client waits for late arrivals after the measured window. */
const DRAIN_CAP_MS = 30_000

export interface FanoutOptions {
  /** The instance senders connect to, and the one receivers connect to (may be the same). */
  senderOrigin: string
  receiverOrigin: string
  /** The web app's transports (polling, then WebSocket), needed behind Apache's sticky routing. */
  defaultTransports?: boolean
  processes: number
  sendsPerSecond: number
  warmupSeconds: number
  durationSeconds: number
}

/**
 * 2,500 two-person threads, 5,000 sockets in child processes; one member of each pair sends,
 * the other receives. A pair's two ends live in different processes, so every measured
 * send-to-receive time crosses the server.
 */
function planSockets(options: FanoutOptions): FanoutClientSocket[][] {
  const perProcess: FanoutClientSocket[][] = Array.from({ length: options.processes }, () => [])
  for (let pair = 0; pair < PAIR_COUNT; pair++) {
    const threadId = benchThreadId(FIRST_PAIR_THREAD + pair)
    const first = BENCH_PSYCHOLOGISTS + 2 * pair
    perProcess[pair % options.processes]?.push({
      user: first,
      threadId,
      origin: options.senderOrigin,
      defaultTransports: options.defaultTransports,
      role: 'sender',
    })
    perProcess[(pair + 1) % options.processes]?.push({
      user: first + 1,
      threadId,
      origin: options.receiverOrigin,
      defaultTransports: options.defaultTransports,
      role: 'receiver',
    })
  }
  return perProcess
}

function startChild(): ChildProcess {
  const child = fork(CHILD, [], { cwd: REPO_ROOT, execArgv: ['--import', 'tsx'], stdio: 'inherit' })
  const forget = onExit(() => child.kill('SIGKILL'))
  child.once('exit', forget)
  return child
}

function nextMessage(child: ChildProcess, type: FanoutMessage['type'], timeoutMs: number) {
  return new Promise<FanoutMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fan-out client gave no ${type}`)), timeoutMs)
    child.on('message', (message: FanoutMessage) => {
      if (message.type !== type) return
      clearTimeout(timer)
      resolve(message)
    })
    child.once('exit', (code) => reject(new Error(`fan-out client exited (${code})`)))
  })
}

export async function measureFanout(options: FanoutOptions): Promise<Measurement> {
  const reports = await runFanoutClients(planSockets(options), options)
  return summariseFanout(reports, { durationSeconds: options.durationSeconds })
}

export interface FanoutTiming {
  /** Sends per second over all client processes (0 when the bench itself is the sender). */
  sendsPerSecond: number
  warmupSeconds: number
  durationSeconds: number
}

/**
 * Connects every process's sockets, starts them all at one moment, and collects their reports.
 * `during(at, measureFrom)` runs in this process meanwhile (a sender outside the clients; `at`
 * and `measureFrom` are epoch ms on the clients' clock) and answers how many measured arrivals
 * each process is to wait for.
 */
export async function runFanoutClients(
  plans: FanoutClientSocket[][],
  timing: FanoutTiming,
  during?: (at: number, measureFrom: number) => Promise<number[]>,
): Promise<FanoutReport[]> {
  const children = plans.map(() => startChild())
  try {
    const ready = children.map((child) => nextMessage(child, 'ready', 180_000))
    const warmupMs = timing.warmupSeconds * 1000
    const durationMs = timing.durationSeconds * 1000
    plans.forEach((sockets, index) => {
      const sendsPerSecond = timing.sendsPerSecond / plans.length
      const plan = { sockets, sendsPerSecond, warmupMs, durationMs, drainMs: DRAIN_CAP_MS }
      children[index]?.send({ type: 'plan', plan } satisfies FanoutMessage)
    })
    await Promise.all(ready)
    const reports = children.map((child) =>
      nextMessage(child, 'report', warmupMs + durationMs + DRAIN_CAP_MS + 30_000),
    )
    const at = Date.now() + 500
    for (const child of children) child.send({ type: 'start', at } satisfies FanoutMessage)
    const expected = await during?.(at, at + warmupMs)
    children.forEach((child, index) => {
      const count = expected?.[index]
      if (count !== undefined) child.send({ type: 'expect', count } satisfies FanoutMessage)
    })
    return (await Promise.all(reports)).map((m) => (m as { report: FanoutReport }).report)
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  }
}

/**
 * Latency percentiles over every process, and failures: lost (acknowledged, or queued by the
 * bench when it sends, but never received), refused, connect errors and disconnects.
 */
export function summariseFanout(
  reports: FanoutReport[],
  { durationSeconds, sentByBench }: { durationSeconds: number; sentByBench?: number },
): Measurement {
  const total = (key: Exclude<keyof FanoutReport, 'latenciesMs'>) =>
    reports.reduce((sum, report) => sum + report[key], 0)
  const latencies = reports.flatMap((report) => report.latenciesMs).sort((a, b) => a - b)
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  const sent = sentByBench ?? total('acked')
  const lost = Math.max(sent - total('received'), 0)
  const failures = lost + total('nacked') + total('connectErrors') + total('disconnects')
  log(
    `fan-out: ${sent} ${sentByBench === undefined ? 'acknowledged' : 'queued'} (${(sent / durationSeconds).toFixed(0)}/s), ` +
      `${total('received')} received, ${lost} lost, ${total('nacked')} refused, ` +
      `${total('duplicates')} duplicates, ${total('connectErrors')} connect errors, ` +
      `${total('disconnects')} disconnects; p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, ` +
      `max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
  )
  return {
    p50Ms: Number(at(0.5).toFixed(2)),
    p99Ms: Number(at(0.99).toFixed(2)),
    samples: latencies.length,
    failures,
  }
}
