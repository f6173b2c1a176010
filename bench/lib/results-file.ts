import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { BenchSettings } from '../settings.ts'
import type { ReportRow } from './report.ts'

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url))
export const LATEST_RESULTS = `${RESULTS_DIR}latest.json`

/** Writes the run's figures with what they depend on: machine, Node, load settings, store. */
export function writeResults(settings: BenchSettings, rows: ReportRow[], startedAt: Date): string {
  const cores = cpus()
  const results = {
    timestamp: startedAt.toISOString(),
    machine: {
      cpus: cores.length,
      cpuModel: cores[0]?.model ?? 'unknown',
      memoryMiB: Math.round(totalmem() / 2 ** 20),
      platform: process.platform,
      arch: process.arch,
      node: process.version,
      // Other work on the machine skews every figure; this shows whether there was any.
      loadAverage1m: loadavg()[0],
    },
    settings: {
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      rounds: settings.rounds,
      pinnedCores: settings.pinCores,
      // Only which store, never the URL: it may carry a password.
      database: settings.databaseUrl ? 'postgresql' : 'pglite',
      redis: Boolean(settings.redisUrl),
    },
    scenarios: rows,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(LATEST_RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  return LATEST_RESULTS
}
