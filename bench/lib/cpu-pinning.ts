import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

interface CorePlan {
  /** taskset CPU lists. */
  server: string
  clients: string
}

let plan: CorePlan | null = null

function tasksetWorks(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * Servers get the last core, this process (autocannon) and the clients it forks get the rest.
 * Left to the scheduler, load generator and server trade places on a two-core machine and the
 * figures swing by a third between identical runs; pinned, each side keeps its core and both
 * the baseline and the app are measured the same way. Returns a line for the log.
 */
export function pinCores(enabled: boolean): string {
  const cores = availableParallelism()
  if (!enabled) return 'cores not pinned (BENCH_PIN=0)'
  if (cores < 2 || !tasksetWorks()) return 'cores not pinned (needs two cores and taskset)'
  plan = { server: String(cores - 1), clients: cores === 2 ? '0' : `0-${cores - 2}` }
  execFileSync('taskset', ['-a', '-p', '-c', plan.clients, String(process.pid)], {
    stdio: 'ignore',
  })
  return `servers on core ${plan.server}, load generators on core ${plan.clients}`
}

/** The command that starts a server: node itself, or node under taskset when pinned. */
export function serverCommand(nodeArgs: string[]): [string, string[]] {
  if (!plan) return [process.execPath, nodeArgs]
  return ['taskset', ['-c', plan.server, process.execPath, ...nodeArgs]]
}
