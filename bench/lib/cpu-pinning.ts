import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

interface CorePlan {
  /** taskset CPU lists. */
  server: string
  clients: string
  all: string
}

let plan: CorePlan | null = null

function taskset(cpus: string, pid: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' })
}

function tasksetWorks(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Decides, once per run, whether throughput scenarios pin; returns a line for the log. */
export function planCores(enabled: boolean): string {
  const cores = availableParallelism()
  if (!enabled) return 'cores not pinned (BENCH_PIN=0)'
  if (cores < 2 || !tasksetWorks()) return 'cores not pinned (needs two cores and taskset)'
  const last = cores - 1
  plan = { server: String(last), clients: last === 1 ? '0' : `0-${last - 1}`, all: `0-${last}` }
  return `throughput scenarios: servers on core ${plan.server}, autocannon on ${plan.clients}`
}

/**
 * For a throughput ratio: the servers get the last core, this process (autocannon) the rest.
 * Left to the scheduler, load generator and server trade places on a two-core machine and the
 * ratio swings by a third between identical runs; pinned, baseline and app are measured alike.
 */
export function pinForThroughput(serverPids: number[]): void {
  if (!plan) return
  for (const pid of serverPids) taskset(plan.server, pid)
  taskset(plan.clients, process.pid)
}

/**
 * For whole-system scenarios (socket fan-out with its client processes, PostgreSQL and Redis;
 * password hashing on the thread pool): every process may use every core again.
 */
export function releaseCores(serverPids: number[]): void {
  if (!plan) return
  for (const pid of serverPids) taskset(plan.all, pid)
  taskset(plan.all, process.pid)
}
