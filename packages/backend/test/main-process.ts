import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { BACKEND_MAIN, BACKEND_NODE_ARGS } from '../../../scripts/backend-command.mjs'

/** Where `npm start` runs main.ts from: the repository root, where tsx and workspaces resolve. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The kernel's next free port; main.ts cannot report the one PORT=0 would get. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface MainProcess {
  child: ChildProcess
  stdout(): string
  stderr(): string
  exited: Promise<Exit>
  /** Resolves with the match once stdout shows `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  /** SIGKILL if still running: for clean-up after a failed test, never as the test itself. */
  kill(): void
}

/**
 * The backend as `npm start` runs it (scripts/backend-command.mjs), with only the
 * environment given here plus PATH and HOME, so the test runner's own DATABASE_URL, REDIS_URL
 * and NODE_ENV never leak in.
 */
export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, [...BACKEND_NODE_ARGS, BACKEND_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })

  async function waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs
    let finished = false
    void exited.then(() => {
      finished = true
    })
    while (Date.now() < deadline) {
      const match = stdout.match(pattern)
      if (match) return match
      if (finished) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`main.ts never printed ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`)
  }

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}
