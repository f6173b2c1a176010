// Two instances of the production build under PM2 (deploy/ecosystem.config.cjs) behind Apache
// (deploy/apache/yektayar.conf) over HTTPS with a self-signed certificate, started with
// deploy:check's own pieces (deploy/check/) on a bench store, and removed again: PM2 killed,
// Apache stopped, the deployment's Redis keys and scratch folder deleted.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  installApacheIfMissing,
  selfSignedCertificate,
  startApache,
  stopApache,
} from '../../deploy/check/apache-front.ts'
import {
  consecutiveFreePorts,
  ECOSYSTEM,
  PM2_BIN,
  pm2Available,
  pm2Instances,
  writeEnvFile,
} from '../../deploy/check/pm2-instances.ts'
import { removeRedisKeys } from '../../deploy/check/redis-keys.ts'
import { appSettings } from '../servers/app-env.ts'
import { BENCH_HOST } from '../servers/server.ts'
import type { BenchSettings } from '../settings.ts'
import { onExit } from './exit-cleanup.ts'
import { freePort } from './free-port.ts'
import { ScenarioSkipped } from './scenario-skipped.ts'
import type { SeededStore } from './seeded-store.ts'

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/**
 * The production sizing (deploy/apache/yektayar-mpm-event.conf, which startApache includes: a
 * WebSocket proxied by Apache 2.4 holds a worker thread while it is open; 2,000 of them) raised
 * for the fan-out's 5,000 sockets, as that file says to grow it. Every process starts at once,
 * so no measured second is spent while Apache grows.
 */
const MPM_FOR_SOCKETS = [
  'ServerLimit 12',
  'StartServers 12',
  'ThreadLimit 500',
  'ThreadsPerChild 500',
  'MaxRequestWorkers 6000',
  'MinSpareThreads 500',
  'MaxSpareThreads 6000',
]

/** Skips, as deploy:check would fail, when pm2 is missing or apache2 cannot be installed. */
export function requireDeploymentTools(): void {
  if (!pm2Available()) throw new ScenarioSkipped(`no pm2 at ${PM2_BIN} (npm ci installs it)`)
  try {
    log(installApacheIfMissing(log))
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ScenarioSkipped(`apache2 is missing and could not be installed (${reason})`)
  }
}

function tail(path: string): string {
  if (!existsSync(path)) return ''
  return readFileSync(path, 'utf8').trim().split('\n').slice(-10).join('\n')
}

async function answers(url: string, what: string, logFile: string) {
  const status = await fetch(url).then(
    (response) => response.status,
    (error: Error) => error.message,
  )
  if (status !== 200) throw new Error(`${what}: ${url} answered ${status}\n${tail(logFile)}`)
}

/**
 * The deployment on `store`, with the bench app's settings (and `extraEnv`) in its environment
 * file. Resolves once both instances and Apache answer /readyz.
 */
export async function startApacheDeployment(
  settings: BenchSettings,
  store: SeededStore,
  extraEnv: Record<string, string>,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const scratch = mkdtempSync(join(tmpdir(), 'yy-bench-apache-'))
  const pm2Home = join(scratch, 'pm2')
  const envFile = join(scratch, 'yektayar.env')
  const dataDir = join(scratch, 'data')
  const logDir = join(scratch, 'logs')
  const apacheDir = join(scratch, 'apache')
  const redisPrefix = `yy-bench-apache-${randomBytes(4).toString('hex')}:`
  const instances = pm2Instances({ home: pm2Home, envFile: envFile })
  const trustedBefore = process.env.NODE_TLS_REJECT_UNAUTHORIZED
  const removeAll = () => {
    if (trustedBefore === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = trustedBefore
    instances.kill()
    stopApache(apacheDir)
    if (settings.redisUrl) removeRedisKeys(settings.redisUrl, redisPrefix)
    rmSync(scratch, { recursive: true, force: true })
  }
  const forget = onExit(removeAll)
  // The bench's own requests through Apache trust its self-signed certificate, as deploy:check
  // does (autocannon and the fan-out clients are told so themselves).
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
  const stop = async () => {
    forget()
    removeAll()
  }
  try {
    const appPort = await consecutiveFreePorts()
    const httpsPort = await freePort(BENCH_HOST)
    const httpPort = await freePort(BENCH_HOST)
    const origin = `https://localhost:${httpsPort}`
    for (const dir of [dataDir, logDir, apacheDir]) mkdirSync(dir, { recursive: true })
    writeEnvFile(
      envFile,
      {
        ...appSettings({ settings, host: BENCH_HOST, port: appPort, dataDir: dataDir }),
        ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}),
        ...extraEnv,
        PUBLIC_URL: origin,
        INSTANCES: 2,
        DATA_DIR: dataDir,
        LOG_DIR: logDir,
        REDIS_KEY_PREFIX: redisPrefix,
        PM2_APP_NAME: 'yektayar-bench',
      },
      'npm run bench',
    )
    instances.pm2('start', ECOSYSTEM)
    for (const port of [appPort, appPort + 1]) {
      await answers(`http://${BENCH_HOST}:${port}/readyz`, 'PM2 instance', `${logDir}/error.log`)
    }
    selfSignedCertificate(apacheDir)
    const front = { dir: apacheDir, origin, httpPort, httpsPort, appPort }
    await startApache({ ...front, extraLines: MPM_FOR_SOCKETS })
    await answers(`${origin}/readyz`, 'Apache', `${apacheDir}/yektayar-ssl-error.log`)
    log(`two PM2 instances on ${appPort}, ${appPort + 1} behind Apache at ${origin}`)
    return { origin, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
