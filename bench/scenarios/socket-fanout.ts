import { measureFanout } from '../lib/fanout-driver.ts'
import type { Scenario, Target } from '../scenario.ts'

// The load: 1,000 sends/s for 30 s over 5,000 sockets, clients in 4 processes.
const SENDS_PER_SECOND = Number(process.env.BENCH_FANOUT_RATE ?? 1000)
const SECONDS = Number(process.env.BENCH_FANOUT_SECONDS ?? 30)
const PROCESSES = Number(process.env.BENCH_FANOUT_PROCESSES ?? 4)
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

let singleInstanceP99: number | undefined

/** The load between two origins; `defaultTransports` as the web app connects. */
export function fanoutOptions(
  senderOrigin: string,
  receiverOrigin: string,
  target: Target,
  defaultTransports = false,
) {
  return {
    senderOrigin,
    receiverOrigin,
    defaultTransports,
    processes: PROCESSES,
    sendsPerSecond: SENDS_PER_SECOND,
    warmupSeconds: target.settings.warmupSeconds,
    durationSeconds: SECONDS,
  }
}

export const socketFanout: Scenario = {
  name: 'socket fan-out (5000 sockets; 1000 sends/s)',
  server: 'messaging-app',
  budget: { maxP99Ms: 100 },
  async measure(target) {
    const measurement = await measureFanout(fanoutOptions(target.origin, target.origin, target))
    singleInstanceP99 = measurement.p99Ms
    return measurement
  },
}

/** Senders on one instance, receivers on the other: every message crosses Redis. */
export const socketFanoutCrossInstance: Scenario = {
  name: 'socket fan-out across two instances (Redis)',
  server: 'messaging-pair',
  async measure(target) {
    const [first, second] = target.origins ?? []
    if (!first || !second) throw new Error('needs the two-instance server')
    const measurement = await measureFanout(fanoutOptions(first, second, target))
    if (singleInstanceP99) {
      const ratio = measurement.p99Ms / singleInstanceP99
      log(`cross-instance p99 is ${ratio.toFixed(2)}× single-instance (budget ≤ 1.5×)`)
    }
    return measurement
  },
}
