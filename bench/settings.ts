/** How hard and how long every scenario is driven; one set per run so ratios compare. */
export interface BenchSettings {
  connections: number
  durationSeconds: number
  warmupSeconds: number
  /** Alternating baseline/scenario rounds the measured seconds are cut into. */
  rounds: number
  /** Servers on one core, load generators on the others (when there are two or more). */
  pinCores: boolean
  /** Scenario names to run; empty means all. The baseline always runs. */
  only: string[]
  /** PostgreSQL for the app; unset means a fresh embedded PGlite directory. */
  databaseUrl?: string
  redisUrl?: string
}

function positiveInteger(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`)
  }
  return value
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    connections: positiveInteger('BENCH_CONNECTIONS', 100, env),
    durationSeconds: positiveInteger('BENCH_DURATION', 10, env),
    warmupSeconds: positiveInteger('BENCH_WARMUP', 2, env),
    rounds: positiveInteger('BENCH_ROUNDS', 5, env),
    pinCores: env.BENCH_PIN !== '0',
    only: (env.BENCH_SCENARIOS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
  }
}
