import type { ServerName } from './servers/index.ts'
import type { BenchSettings } from './settings.ts'

/** The running server a scenario drives, and the settings every scenario shares. */
export interface Target {
  origin: string
  /** Every instance's origin when the server is several instances. */
  origins?: string[]
  /** The raw node:http baseline, running beside the server; HTTP scenarios alternate with it. */
  baselineOrigin?: string
  /** @fastify/static over the server's stored files, when the server has it (files-app). */
  staticFilesOrigin?: string
  /** One instance of the same build started directly, beside a deployment behind Apache. */
  directOrigin?: string
  /**
   * Stops the servers under test while the baseline has its slice, and lets them go on after:
   * pinned to one core, their timers, pollers and collectors would otherwise run on the
   * baseline's time and lower the figure the app is divided by.
   */
  serversAside?: { pause(): void; resume(): void }
  settings: BenchSettings
}

export interface Measurement {
  /** Undefined for drivers that measure latency only (e.g. socket fan-out). */
  requestsPerSecond?: number
  p50Ms: number
  p99Ms: number
  /** Requests, messages or whatever unit the driver counts. */
  samples: number
  /** Non-2xx answers and connection errors: non-zero means the figures describe failures. */
  failures: number
  /** Median of scenario ÷ baseline over alternating slices, when measured against the baseline. */
  pairedRatio?: number
  /** The baseline's req/s over its slices of those rounds. */
  baselineRequestsPerSecond?: number
  /** The baseline's latency over those slices: what the same load costs without the app. */
  baselineP50Ms?: number
  baselineP99Ms?: number
  /** The server's own event-loop delay p99 during the measured run (its /metrics), if read. */
  eventLoopDelayP99Ms?: number
  /** For a batch of work (a reminder burst): seconds from its start until the last item was done. */
  completionSeconds?: number
  /** Figures no column holds (rows/s, peak memory…), printed under the table. */
  note?: string
}

/** docs/ARCHITECTURE.md §8 budgets; printed beside the figures, never asserted. */
export interface Budget {
  /** Minimum req/s as a fraction of the scenario's baseline (raw node:http unless it names one). */
  minRatio?: number
  maxP99Ms?: number
  maxEventLoopDelayP99Ms?: number
  maxCompletionSeconds?: number
  /** Failures (missed, duplicated, lost) count against the budget: `0` for "none at all". */
  maxFailures?: number
}

export interface Scenario {
  name: string
  server: ServerName
  /** The scenario every ratio divides by; exactly one has it. */
  baseline?: true
  budget?: Budget
  /** Measured as a throughput ratio, so servers and load generator get cores of their own. */
  pinned?: true
  /** Prepares whatever it needs through the server's API, then drives load and measures. */
  measure(target: Target): Promise<Measurement>
}
