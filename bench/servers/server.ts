import type { BenchSettings } from '../settings.ts'

/** A server child that answers on `origin` until stopped. */
export interface RunningServer {
  origin: string
  /** Every instance's origin when the server is several instances (the first is `origin`). */
  origins?: string[]
  /** Its processes, when the runner needs them (the baseline's, to tell them from the rest). */
  pids?: number[]
  /**
   * @fastify/static over the server's stored files, with its processes: the baseline file
   * downloads are measured against instead of raw node:http.
   */
  staticFiles?: { origin: string; pids: number[] }
  /** One instance of the same build started directly, beside a deployment behind Apache. */
  directOrigin?: string
  stop(): Promise<void>
}

export type StartServer = (settings: BenchSettings) => Promise<RunningServer>

/** Loopback only: the bench measures the server, not the network. */
export const BENCH_HOST = '127.0.0.1'
