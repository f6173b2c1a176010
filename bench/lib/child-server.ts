import { type ChildProcess, spawn } from 'node:child_process'
import { BACKEND_NODE_ARGS } from '../../scripts/backend-command.mjs'
import { onExit } from './exit-cleanup.ts'
import { REPO_ROOT } from './repo-root.ts'

const OUTPUT_LINES_KEPT = 40
const STOP_GRACE_MS = 5_000
/** Every server child still running, so the runner can pin or release them all. */
const running = new Set<number>()

export function runningServerPids(): number[] {
  return [...running]
}

export interface ChildServer {
  readonly child: ChildProcess
  /** Resolves with the exit code (or signal name) whenever the process ends. */
  readonly exited: Promise<string>
  /** The last lines the process printed, for error messages. */
  outputTail(): string
  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  stop(): Promise<void>
}

/**
 * Starts a server as a child with the node arguments `npm start` gives the backend (V8 settings,
 * then tsx for TypeScript) unless told others (the production build's), so the baseline and the
 * app run on the same runtime settings and pay the same loader cost. Its output is kept, not
 * shown: interleaved logs would break the table, but a failed start prints them.
 */
export function spawnServer(
  script: string,
  env: NodeJS.ProcessEnv,
  serverNodeArgs: readonly string[] = BACKEND_NODE_ARGS,
): ChildServer {
  // BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the servers (NODE_OPTIONS
  // refuses --cpu-prof).
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(process.execPath, [...nodeArgs, ...serverNodeArgs, script], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid) running.add(child.pid)
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)

  // SIGKILL on exit because a graceful stop cannot be awaited there.
  const forget = onExit(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (child.pid) running.delete(child.pid)
      forget()
      resolve(signal ?? String(code))
    })
    child.once('error', (error) => {
      forget()
      resolve(error.message)
    })
  })

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    await exited
    clearTimeout(timer)
  }

  return { child, exited, outputTail: () => lines.join('\n'), stop }
}
