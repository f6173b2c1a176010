import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUILT_MAIN, BUILT_NODE_ARGS } from '../../scripts/backend-command.mjs'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { REPO_ROOT } from '../lib/repo-root.ts'
import type { SeededStore } from '../lib/seeded-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import type { BenchSettings } from '../settings.ts'
import { appEnvironment } from './app-env.ts'
import { BENCH_HOST, type RunningServer } from './server.ts'

const MAIN = fileURLToPath(new URL('../../packages/backend/src/main.ts', import.meta.url))
const BOOT_TIMEOUT_MS = 120_000

/** The production build as `npm run start:production` runs it (build it first). */
export const PRODUCTION_BUILD = { script: join(REPO_ROOT, BUILT_MAIN), nodeArgs: BUILT_NODE_ARGS }

/**
 * One production-mode app on a seeded store (same env as the plain app server), with
 * `extraEnv` on top; the TypeScript sources through tsx, as `npm start` runs them, unless
 * `program` names the build.
 */
export async function startOnStore(
  settings: BenchSettings,
  store: SeededStore,
  extraEnv: NodeJS.ProcessEnv = {},
  program?: typeof PRODUCTION_BUILD,
): Promise<RunningServer> {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const env = appEnvironment({ settings, host: BENCH_HOST, port, dataDir: store.dataDir ?? '' })
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl
  const server = spawnServer(program?.script ?? MAIN, { ...env, ...extraEnv }, program?.nodeArgs)
  await waitUntilUp(`${origin}/healthz`, server, BOOT_TIMEOUT_MS)
  return { origin, pids: server.child.pid ? [server.child.pid] : [], stop: server.stop }
}
