import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import { BENCH_HOST, type StartServer } from './server.ts'

const SCRIPT = fileURLToPath(new URL('./raw-hello.child.ts', import.meta.url))

export const startRawNode: StartServer = async () => {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const server = spawnServer(SCRIPT, { ...process.env, HOST: BENCH_HOST, PORT: String(port) })
  await waitUntilUp(`${origin}/`, server, 10_000)
  return { origin, pids: server.child.pid ? [server.child.pid] : [], stop: server.stop }
}
