import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { prepareMessagingStore } from '../lib/messaging-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import { startOnStore } from './seeded-app.ts'
import { BENCH_HOST, type RunningServer, type StartServer } from './server.ts'

const STATIC_SCRIPT = fileURLToPath(new URL('./static-files.child.ts', import.meta.url))

async function startStaticFiles(
  root: string,
): Promise<{ origin: string; pid?: number; stop(): Promise<void> }> {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const server = spawnServer(STATIC_SCRIPT, {
    ...process.env,
    HOST: BENCH_HOST,
    PORT: String(port),
    STATIC_ROOT: root,
  })
  await waitUntilUp(`${origin}/healthz`, server, 10_000)
  return { origin, pid: server.child.pid, stop: server.stop }
}

/**
 * The app on the messaging store (its 10,000 signed-in users and their threads) keeping files
 * on disk, with @fastify/static beside it over the same folder as the downloads' baseline.
 * Files go under DATA_DIR/files: the PGlite store's own directory, or a temporary one on
 * PostgreSQL; either way the folder starts empty (the store's reset drops the file rows).
 */
export const startFilesApp: StartServer = async (settings) => {
  const store = await prepareMessagingStore(settings)
  const temporary = store.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'yektayar-bench-files-'))
  const dataDir = store.dataDir ?? temporary ?? ''
  const filesRoot = join(dataDir, 'files')
  rmSync(filesRoot, { recursive: true, force: true })
  const removeTemporary = () => {
    if (temporary) rmSync(temporary, { recursive: true, force: true })
  }
  let app: RunningServer | undefined
  try {
    app = await startOnStore(settings, store, { DATA_DIR: dataDir })
    const files = await startStaticFiles(filesRoot)
    const started = app
    return {
      origin: started.origin,
      pids: started.pids,
      staticFiles: { origin: files.origin, pids: files.pid ? [files.pid] : [] },
      stop: async () => {
        await Promise.all([started.stop(), files.stop()])
        removeTemporary()
      },
    }
  } catch (error) {
    await app?.stop()
    removeTemporary()
    throw error
  }
}
