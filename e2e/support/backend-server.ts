import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BACKEND_MAIN, BACKEND_NODE_ARGS } from '../../scripts/backend-command.mjs'
import { REPO_ROOT } from './repo-root.ts'
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts'

const HOST = '127.0.0.1'
// A fresh PGlite directory initialises in ~3 s; migrations and the demo seed follow.
const BOOT_TIMEOUT_MS = 90_000
const STOP_GRACE_MS = 5_000
const OUTPUT_LINES_KEPT = 60

/** Data a backend runs on and leaves in place when it stops, for the next one to start on. */
export interface KeptData {
  dataDir: string
  /** A PostgreSQL database (when DATABASE_URL is set); PGlite under dataDir otherwise. */
  databaseUrl?: string
}

export interface BackendServer {
  origin: string
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/**
 * The real backend (packages/backend/src/main.ts) serving the production build of the front
 * ends: on a fresh PGlite directory, or on a fresh database of the PostgreSQL server in
 * DATABASE_URL. Everything it created is removed again by stop(). NODE_ENV=test keeps the dev
 * outbox (sign-in codes for journeys) and needs none of production's secrets; what the
 * browser receives is the same. `samePort` starts it where a stopped one listened, so open pages
 * keep their origin (and their cookies) and reconnect by themselves.
 */
export async function startBackend(
  reuse?: KeptData,
  samePort?: number,
  /** Settings of this backend alone, e.g. a journey's own AI provider. */
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BackendServer> {
  const port = samePort ?? (await freePort())
  const origin = `http://${HOST}:${port}`
  const dataDir = reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'yektayar-e2e-'))
  let database: ScratchDatabase | undefined
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST,
    PORT: String(port),
    PUBLIC_URL: origin,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    SERVE_APPS: 'true',
    DATA_DIR: dataDir,
    // Keeps this run's rate-limit and presence keys apart when REDIS_URL is shared.
    REDIS_KEY_PREFIX: `yy:e2e:${port}:`,
    // Every journey signs in from 127.0.0.1; the per-person limits stay as in production,
    // but for the resend cooldown: journeys run side by side and several sign the same demo
    // person in (Maryam answers the clinical inbox), which met the 60 s cooldown at random.
    // Backend tests cover the cooldown; the hourly cap per person still applies here.
    RATE_LIMIT_OTP_SEND_PER_IP: '1000',
    RATE_LIMIT_SIGN_IN_PER_IP: '1000',
    OTP_RESEND_COOLDOWN_SECONDS: '1',
    // The sandbox pays a refund back at the first minute's sweep after this delay, so a
    // journey sees it happen. Not 0: the sweep could then come seconds after the cancel, before
    // the journey looked at the "requested" state (failed once in CI). 45 s leaves the journey
    // that long to see it, and the refund is paid within 45–105 s.
    SANDBOX_REFUND_DELAY_SECONDS: '45',
    // Journeys poll the dev outbox and browse without a session, all from 127.0.0.1.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    ...extraEnv,
  }
  delete env.DATABASE_URL
  if (reuse?.databaseUrl) env.DATABASE_URL = reuse.databaseUrl
  else if (process.env.DATABASE_URL) {
    database = await createScratchDatabase(process.env.DATABASE_URL)
    env.DATABASE_URL = database.url
  }

  const child = spawn(process.execPath, [...BACKEND_NODE_ARGS, BACKEND_MAIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = keepOutput(child)
  // The 'exit' event cannot wait for a graceful stop; never leave a server behind.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    process.off('exit', killOnExit)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(timer)
    }
    if (!reuse) rmSync(dataDir, { recursive: true, force: true })
    await database?.drop()
  }

  try {
    await waitForHealth(`${origin}/healthz`, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}

function keepOutput(child: ChildProcess): () => string {
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => lines.join('\n')
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + BOOT_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the backend exited before ${url} answered:\n${output()}`)
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} did not answer within ${BOOT_TIMEOUT_MS} ms:\n${output()}`)
}
