// The instances of deploy/ecosystem.config.cjs under a scratch PM2_HOME, as deploy:check and the
// bench's Apache scenarios start them: settings in an environment file (YY_ENV_FILE), one port
// per instance from PORT on.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { REPOSITORY_ROOT, run } from './command.ts'

export const ECOSYSTEM = join(REPOSITORY_ROOT, 'deploy/ecosystem.config.cjs')
/** The repository's own PM2 (a devDependency), or another named by PM2_BIN. */
export const PM2_BIN = process.env.PM2_BIN ?? join(REPOSITORY_ROOT, 'node_modules/.bin/pm2')

export function pm2Available(): boolean {
  return existsSync(PM2_BIN)
}

/** PM2 commands against one scratch PM2_HOME and environment file. */
export function pm2Instances({ home, envFile }: { home: string; envFile: string }) {
  const env = {
    ...process.env,
    PM2_HOME: home,
    YY_ENV_FILE: envFile,
    PM2_BIN,
    // One app at a time, as deploy/reload.sh and the systemd unit do: PM2 acts on two at once by
    // default, and two first starts on an empty database race in pg-boss's schema creation.
    PM2_CONCURRENT_ACTIONS: '1',
  }
  const pm2 = (...args: string[]) => run(PM2_BIN, args, env)
  return {
    env,
    pm2,
    pids: () => (JSON.parse(pm2('jlist')) as { pid: number }[]).map((app) => app.pid),
    /** Stops the instances and this home's daemon; synchronous, for the way out too. */
    kill: () => {
      spawnSync(PM2_BIN, ['kill'], { env, stdio: 'ignore' })
    },
  }
}

/** The instances' settings as KEY=value lines, readable by root only. */
export function writeEnvFile(path: string, env: Record<string, string | number>, by: string) {
  const lines = Object.entries(env).map(([key, value]) => `${key}=${value}`)
  writeFileSync(path, `# written by ${by}\n${lines.join('\n')}\n`, { mode: 0o600 })
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Two consecutive free ports: instance 2 gets the port after instance 1's. */
export async function consecutiveFreePorts(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000)
    if ((await portIsFree(port)) && (await portIsFree(port + 1))) return port
  }
  throw new Error('no two consecutive free ports')
}
