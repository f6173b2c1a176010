// `npm run deploy:check`: the deployment files of deploy/ tested for real on this machine.
// Builds, starts two instances under PM2 (deploy/ecosystem.config.cjs, a scratch PM2_HOME) on a
// scratch PostgreSQL database and Redis, behind Apache (deploy/apache/yektayar.conf included as
// is, sized by deploy/apache/yektayar-mpm-event.conf, with a self-signed certificate made here),
// then through Apache's HTTPS port: signs in, holds 300 WebSockets open while the site still
// answers, books and pays on the sandbox gateway, exchanges messages between two Socket.IO
// clients with the default transports, uploads and fetches a file, streams an AI companion
// reply; reloads PM2 while requests and socket sends run (0 failed, 0 acknowledged messages
// lost); backs up, drops the database, restores and finds the data again. Cleans up on success
// and failure.
//
// Needs: root (or rights to run apache2 and bind its ports), PostgreSQL with a CREATEDB user
// (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres), Redis (CHECK_REDIS_URL, default
// redis://127.0.0.1:6379), apache2 (installed from Debian's packages when missing), pm2
// (node_modules/.bin/pm2, or PM2_BIN).
import { spawn, spawnSync } from 'node:child_process'
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { io, type Socket } from 'socket.io-client'
import { SERVER_V8_FLAGS } from '../../scripts/backend-command.mjs'
import {
  busyWorkers,
  installApacheIfMissing,
  selfSignedCertificate,
  startApache,
  stopApache,
} from './apache-front.ts'
import { CommandFailed, REPOSITORY_ROOT, run } from './command.ts'
import {
  consecutiveFreePorts,
  ECOSYSTEM,
  PM2_BIN,
  pm2Available,
  pm2Instances,
  writeEnvFile,
} from './pm2-instances.ts'
import { removeRedisKeys } from './redis-keys.ts'
import { openWebSockets } from './websocket-crowd.ts'

// The self-signed certificate is trusted the way `curl -k` trusts it: this process talks only
// to the Apache it started.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
process.removeAllListeners('warning')

const root = REPOSITORY_ROOT
const started = performance.now()
const seconds = (from = started) => ((performance.now() - from) / 1000).toFixed(1)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (line: string) => console.log(`deploy:check: ${line}`)
/** WebSockets held open at once: twice Debian's MaxRequestWorkers (150). */
const CROWD = 300

class CheckFailed extends Error {}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message)
}

let currentStep = 'setup'
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  currentStep = name
  const at = performance.now()
  console.log(`\n== ${name}`)
  const result = await run()
  console.log(`-- ${name}: ${seconds(at)} s`)
  return result
}

// ---- scratch resources, all released by cleanup() -------------------------------------------
const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: process.env.PGPORT ?? '5432',
  user: process.env.PGUSER ?? 'postgres',
}
const redisUrl = process.env.CHECK_REDIS_URL ?? 'redis://127.0.0.1:6379'
const redisPrefix = `yy-deploy-check-${randomBytes(4).toString('hex')}:`
const scratch = mkdtempSync(join(tmpdir(), 'yy-deploy-check-'))
const database = `yektayar_deploy_${randomBytes(5).toString('hex')}`
const databaseUrl = `postgres://${PG.user}@${PG.host}:${PG.port}/${database}`
const pm2Home = join(scratch, 'pm2')
const envFile = join(scratch, 'yektayar.env')
const dataDir = join(scratch, 'data')
const logDir = join(scratch, 'logs')
const apacheDir = join(scratch, 'apache')
const backupDir = join(scratch, 'backups')
const ecosystem = ECOSYSTEM
let databaseCreated = false
let pm2Started = false
let apacheStarted = false
const sockets: Socket[] = []
/** The transport each socket connected with, before any upgrade. */
const firstTransport = new Map<Socket, string>()

const instances = pm2Instances({ home: pm2Home, envFile })
const pm2Env = instances.env
const pm2 = instances.pm2
const pm2Pids = instances.pids

/** As run(), without blocking this process's event loop. */
function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else reject(new CheckFailed(`${command} ${args.join(' ')} exited ${code}:\n${output}`))
    })
  })
}
const psqlArgs = ['-h', PG.host, '-p', PG.port, '-U', PG.user]

async function cleanup() {
  for (const socket of sockets) socket.close()
  if (pm2Started) {
    instances.kill()
    log('pm2 killed')
  }
  if (apacheStarted) {
    stopApache(apacheDir)
    log('apache stopped')
  }
  if (databaseCreated) {
    const dropped = spawnSync('dropdb', [...psqlArgs, '--if-exists', '--force', database])
    log(dropped.status === 0 ? `database ${database} dropped` : `could not drop ${database}`)
  }
  // This run's Redis keys (rate limits, the Socket.IO stream): the prefix is this run's own.
  const removed = removeRedisKeys(redisUrl, redisPrefix)
  if (removed) log(`${removed} Redis keys removed`)
  if (process.env.DEPLOY_CHECK_KEEP !== '1') rmSync(scratch, { recursive: true, force: true })
  else log(`scratch folder kept: ${scratch}`)
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
// ---- an HTTP client as a browser would be: cookies kept (the route cookie among them) --------
class Client {
  cookies = new Map<string, string>()
  token: string | undefined
  constructor(readonly origin: string) {}

  async request(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.cookies.size) {
      headers.set('cookie', [...this.cookies].map(([key, value]) => `${key}=${value}`).join('; '))
    }
    if (this.token && !headers.has('authorization')) {
      headers.set('authorization', `Bearer ${this.token}`)
    }
    let body = init.body
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(init.json)
    }
    const url = path.startsWith('http') ? path : `${this.origin}${path}`
    const response = await fetch(url, { ...init, headers, body, redirect: 'manual' })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const index = pair.indexOf('=')
      if (index > 0) this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim())
    }
    return response
  }

  async json<T>(path: string, init: RequestInit & { json?: unknown } = {}, expect = [200, 201]) {
    const response = await this.request(path, init)
    const text = await response.text()
    assert(
      expect.includes(response.status),
      `${init.method ?? 'GET'} ${path} answered ${response.status}: ${text.slice(0, 300)}`,
    )
    return (text ? JSON.parse(text) : undefined) as T
  }
}

async function signIn(
  client: Client,
  phone: string,
  headers: Record<string, string> = {},
  outboxReader = client,
) {
  const sentAt = Date.now()
  await client.json('/api/v1/auth/send-otp', { method: 'POST', json: { identifier: phone } })
  let code: string | undefined
  for (let attempt = 0; attempt < 50 && !code; attempt++) {
    outboxReader.cookies = new Map(client.cookies) // the route cookie: the same instance
    const { items } = await outboxReader.json<{ items: { text: string; createdAt: string }[] }>(
      `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}`,
    )
    const fresh = items.find((item) => Date.parse(item.createdAt) >= sentAt - 1000)
    code = /\b\d{6}\b/.exec(fresh?.text ?? '')?.[0]
    if (!code) await sleep(100)
  }
  assert(code, `no code for ${phone} in the dev outbox`)
  const { token } = await client.json<{ token: string }>('/api/v1/auth/verify-otp', {
    method: 'POST',
    json: { identifier: phone, code },
    headers,
  })
  client.token = token
}

/** A socket.io-client as the web app makes it: default transports (polling, then WebSocket). */
async function connect(origin: string, token: string): Promise<Socket> {
  const socket = io(origin, {
    path: '/socket.io',
    auth: { token },
    withCredentials: true, // keeps the route cookie across polling requests, as a browser does
    rejectUnauthorized: false,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
  })
  sockets.push(socket)
  // The engine's first transport, read as it opens: by the namespace's 'connect' the upgrade to
  // WebSocket may already be done, which says nothing about how the connection started.
  socket.io.once('open', () => firstTransport.set(socket, socket.io.engine.transport.name))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new CheckFailed('socket did not connect in 10 s')),
      10_000,
    )
    socket.once('connect', () => {
      clearTimeout(timer)
      resolve()
    })
    socket.once('connect_error', (error) => {
      clearTimeout(timer)
      reject(new CheckFailed(`socket connect_error: ${error.message}`))
    })
  })
  return socket
}

/**
 * How long `work` took in ms, or undefined if it had not finished after `limitMs` (it is left
 * to finish or fail unheard). A failure within the limit is thrown.
 */
async function finishedWithin(limitMs: number, work: Promise<unknown>) {
  const at = performance.now()
  work.catch(() => {})
  const finished = await Promise.race([work.then(() => true), sleep(limitMs).then(() => false)])
  return finished ? Math.round(performance.now() - at) : undefined
}

/** RFC 6238 with an authenticator's defaults (SHA-1, 6 digits, 30 s) from a base32 secret. */
function totpNow(base32: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const char of base32.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0')
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)))
  const mac = createHmac('sha1', key).update(counter).digest()
  const offset = (mac.at(-1) ?? 0) & 0xf
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }
async function ack<T>(socket: Socket, event: string, payload: unknown, timeoutMs = 10_000) {
  const answer = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>
  if (!answer.ok) throw new CheckFailed(`${event}: ${answer.error.code} ${answer.error.message}`)
  return answer.data
}

interface ThreadMessage {
  id: string
  content: string
  senderId: string
}

// ---- the check ---------------------------------------------------------------------------------
async function main() {
  log(`node ${process.version}; scratch ${scratch}`)

  await step('preflight', async () => {
    run('pg_isready', ['-h', PG.host, '-p', PG.port])
    const redis = new URL(redisUrl)
    const pong = run('redis-cli', ['-h', redis.hostname, '-p', redis.port || '6379', 'ping'])
    assert(pong.trim() === 'PONG', `Redis at ${redisUrl} answered ${pong}`)
    assert(pm2Available(), `no pm2 at ${PM2_BIN}: run npm ci (pm2 is a devDependency)`)
    log(`pm2 ${run(PM2_BIN, ['--version'], pm2Env).trim().split('\n').pop()} (${PM2_BIN})`)
    log(installApacheIfMissing(log))
    // The ecosystem's Node flags are the ones every other backend start uses.
    const ecosystemText = readFileSync(ecosystem, 'utf8')
    for (const flag of SERVER_V8_FLAGS) {
      assert(ecosystemText.includes(`'${flag}'`), `deploy/ecosystem.config.cjs lacks ${flag}`)
    }
  })

  await step('build (npm run build)', async () => {
    run('npm', ['run', 'build'])
    assert(existsSync(join(root, 'packages/backend/dist/main.js')), 'no backend build')
    assert(existsSync(join(root, 'packages/web-app/dist/index.html')), 'no web-app build')
    assert(existsSync(join(root, 'packages/admin-panel/dist/index.html')), 'no admin build')
  })

  const appPort = await consecutiveFreePorts()
  const httpsPort = await freePort()
  const httpPort = await freePort()
  const origin = `https://localhost:${httpsPort}`
  // A non-loopback address of this machine: requests from it are not from a trusted proxy, so
  // the app must see it as the client's address (X-Forwarded-For from Apache).
  const hostIp = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address

  await step('database, settings, certificate', async () => {
    run('createdb', [...psqlArgs, database])
    databaseCreated = true
    log(`created database ${database}`)
    for (const dir of [dataDir, logDir, apacheDir, backupDir]) mkdirSync(dir, { recursive: true })
    const secret = () => randomBytes(32).toString('base64')
    const env = {
      NODE_ENV: 'production',
      PORT: appPort,
      INSTANCES: 2,
      HOST: '127.0.0.1',
      PUBLIC_URL: origin,
      TRUSTED_PROXIES: '127.0.0.1,::1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
      DATA_DIR: dataDir,
      LOG_DIR: logDir,
      PM2_APP_NAME: 'yektayar-check',
      AUTH_SECRET: secret(),
      TOTP_ENCRYPTION_KEY: secret(),
      NOTES_ENCRYPTION_KEYS: `k1:${secret()}`,
      NOTIFICATION_UNSUBSCRIBE_SECRET: secret(),
      METRICS_TOKEN: randomBytes(16).toString('hex'),
      // What a test deployment may turn on: demo people to book with, codes in the dev outbox.
      SEED_DEMO: 'true',
      DEV_OUTBOX: 'true',
      // The reload step sends faster than a person would.
      MESSAGE_SEND_LIMIT: 100_000,
      RATE_LIMIT_PUBLIC_PER_MINUTE: 100_000,
      LOG_LEVEL: 'warn',
      // A loaded CI machine needs more than 5 s to stop pg-boss and close everything.
      SHUTDOWN_TIMEOUT_MS: 10_000,
    }
    writeEnvFile(envFile, env, 'npm run deploy:check')
    selfSignedCertificate(apacheDir)
  })

  await step('two instances under PM2', async () => {
    const at = performance.now()
    pm2('start', ecosystem)
    pm2Started = true
    const pids = pm2Pids()
    assert(pids.length === 2 && pids.every((pid) => pid > 0), `pm2 runs ${pids.join(', ')}`)
    for (const port of [appPort, appPort + 1]) {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`)
      assert(response.status === 200, `instance on ${port}: /readyz ${response.status}`)
    }
    log(`pids ${pids.join(', ')} on ports ${appPort}, ${appPort + 1}; ready in ${seconds(at)} s`)
  })

  await step('Apache in front (self-signed TLS)', async () => {
    apacheStarted = true // before the start: one that fails half-way may leave a process behind
    await startApache({
      dir: apacheDir,
      origin,
      httpPort,
      httpsPort,
      appPort,
      extraAddresses: hostIp ? [hostIp] : [],
    })
    const ready = await fetch(`${origin}/readyz`)
    assert(ready.status === 200, `https /readyz answered ${ready.status}`)
    const hsts = ready.headers.get('strict-transport-security')
    // One header (a second one would show here joined with a comma).
    assert(hsts === 'max-age=63072000; includeSubDomains', `HSTS header: ${hsts}`)
    const plain = await fetch(`http://127.0.0.1:${httpPort}/psychologists`, { redirect: 'manual' })
    const location = plain.headers.get('location')
    assert(
      plain.status === 301 && location === `${origin}/psychologists`,
      `http → ${plain.status} ${location}`,
    )
    const page = await fetch(`${origin}/`, { headers: { accept: 'text/html' } })
    assert(page.status === 200 && (await page.text()).includes('<html'), 'web app page')
    const admin = await fetch(`${origin}/admin/`, { headers: { accept: 'text/html' } })
    assert(admin.status === 200, `admin panel: ${admin.status}`)
    log(`${origin}: readyz 200, HSTS, http→https 301, web app and admin panel 200`)
  })

  /** Both instances answer /readyz through Apache (PM2's start waits for 'ready' already). */
  async function untilReady() {
    for (const port of [appPort, appPort + 1]) {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`)
      assert(response.status === 200, `instance on ${port}: /readyz ${response.status}`)
    }
    for (let attempt = 0; ; attempt++) {
      const ok = await fetch(`${origin}/readyz`).then(
        (response) => response.ok,
        () => false,
      )
      if (ok) return
      assert(attempt < 50, `${origin}/readyz does not answer 200`)
      await sleep(100)
    }
  }

  const patient = new Client(origin)

  /** Every message id of a thread, paging back from the newest. */
  async function messageIds(threadId: string): Promise<Set<string>> {
    const ids = new Set<string>()
    let cursor: string | undefined
    for (let page = 0; page < 100; page++) {
      const query = cursor ? `?limit=100&before=${encodeURIComponent(cursor)}` : '?limit=100'
      const result = await patient.json<{ items: ThreadMessage[]; nextCursor: string | null }>(
        `/api/v1/threads/${threadId}/messages${query}`,
      )
      for (const message of result.items) ids.add(message.id)
      if (!result.nextCursor) break
      cursor = result.nextCursor
    }
    return ids
  }
  const psychologist = new Client(origin)
  const patientPhone = `+98935${String(Date.now() % 10_000_000).padStart(7, '0')}`

  await step('sign in (patient by SMS code; psychologist by code and TOTP)', async () => {
    await signIn(patient, patientPhone)
    const session = await patient.json<{ user: { id: string } }>('/api/v1/auth/session')
    log(`patient ${session.user.id} signed in; route cookie ${patient.cookies.get('ROUTEID')}`)
    // Production holds staff to TOTP enrolment: the demo psychologist enrols, as staff must.
    await signIn(psychologist, '+989120000101')
    const setup = await psychologist.json<{ secret: string }>('/api/v1/auth/totp/setup', {
      method: 'POST',
    })
    await psychologist.json('/api/v1/auth/totp/enable', {
      method: 'POST',
      json: { code: totpNow(setup.secret) },
    })
    await psychologist.json('/api/v1/auth/session')
    log('psychologist signed in and enrolled TOTP')
  })

  await step(`${CROWD} WebSockets open through Apache, and the site still answers`, async () => {
    // Each open WebSocket holds one of Apache's worker threads: on Debian's sizing (150) half
    // of these would wait, and every request after them (deploy/apache/yektayar-mpm-event.conf).
    const at = performance.now()
    const crowd = await openWebSockets(origin, patient.token ?? '', CROWD, 10_000)
    sockets.push(...crowd.sockets)
    const connectSeconds = seconds(at)
    const busy = await busyWorkers(httpPort)
    const healthz = fetch(`${origin}/healthz`).then((response) => {
      assert(response.status === 200, `GET /healthz answered ${response.status}`)
    })
    const healthzMs = await finishedWithin(2_000, healthz)
    const phone = `+98937${String(Date.now() % 10_000_000).padStart(7, '0')}`
    const signInMs = await finishedWithin(3_000, signIn(new Client(origin), phone))
    const answer = (ms: number | undefined, limit: string) =>
      ms === undefined ? `no answer in ${limit}` : `${ms} ms`
    log(
      `${crowd.connected} of ${CROWD} connected in ${connectSeconds} s; while open: ` +
        `Apache's busy workers ${busy ?? 'no answer'}, GET /healthz ${answer(healthzMs, '2 s')}, ` +
        `a sign-in ${answer(signInMs, '3 s')}`,
    )
    for (const socket of crowd.sockets) socket.close()
    assert(crowd.connected === CROWD, `${crowd.connected} of ${CROWD} WebSockets connected in 10 s`)
    assert(healthzMs !== undefined, `GET /healthz unanswered in 2 s with ${CROWD} WebSockets open`)
    assert(signInMs !== undefined, `a sign-in unfinished in 3 s with ${CROWD} WebSockets open`)
    assert(busy !== undefined, 'http://127.0.0.1/server-status?auto did not answer')
  })

  await step('the client address reaches the app (X-Forwarded-For, TRUSTED_PROXIES)', async () => {
    if (!hostIp) {
      log('no non-loopback address on this machine: skipped')
      return
    }
    // From this machine's own address, with a forged X-Forwarded-For: Apache appends the real
    // address, and the app, believing only 127.0.0.1, takes that one.
    const outsider = new Client(`https://${hostIp}:${httpsPort}`)
    const phone = `+98936${String(Date.now() % 10_000_000).padStart(7, '0')}`
    // The dev outbox answers loopback callers only: read it from 127.0.0.1 on the same instance.
    const reader = new Client(origin)
    await signIn(outsider, phone, { 'x-forwarded-for': '203.0.113.9' }, reader)
    const { items } = await outsider.json<{ items: { current: boolean; ip: string | null }[] }>(
      '/api/v1/auth/sessions',
    )
    const ip = items.find((item) => item.current)?.ip
    assert(ip === hostIp, `the app saw ${ip} for a client at ${hostIp}`)
    log(`session recorded from ${ip} (forged X-Forwarded-For 203.0.113.9 ignored)`)
  })

  const booking = await step('book and pay on the sandbox gateway', async () => {
    const page = await patient.json<{ items: { id: string; name: { en: string } }[] }>(
      '/api/v1/professionals?q=Maryam',
    )
    const maryam = page.items.find((item) => item.name.en.includes('Maryam'))
    assert(maryam, 'no demo psychologist Maryam in the directory')
    const detail = await patient.json<{
      sessionTypes: { id: string; priceIrr: number; isActive: boolean }[]
    }>(`/api/v1/professionals/${maryam.id}`)
    const sessionType = detail.sessionTypes.find((type) => type.isActive && type.priceIrr > 0)
    assert(sessionType, 'no priced session type')
    const availability = await patient.json<{ slots: { startsAt: string }[] }>(
      `/api/v1/professionals/${maryam.id}/availability?sessionType=${sessionType.id}`,
    )
    const slot = availability.slots[Math.min(3, availability.slots.length - 1)]
    assert(slot, 'no free slot')
    const appointment = await patient.json<{ id: string; status: string }>('/api/v1/appointments', {
      method: 'POST',
      json: { psychologistId: maryam.id, sessionTypeId: sessionType.id, startsAt: slot.startsAt },
    })
    const payment = await patient.json<{ redirectUrl: string }>('/api/v1/payments/initiate', {
      method: 'POST',
      json: { appointmentId: appointment.id },
      headers: { 'idempotency-key': `check-${randomBytes(6).toString('hex')}` },
    })
    assert(payment.redirectUrl.startsWith(origin), `pay page off-site: ${payment.redirectUrl}`)
    const payPage = await patient.request(payment.redirectUrl, { headers: { accept: 'text/html' } })
    assert(payPage.status === 200, `sandbox pay page: ${payPage.status}`)
    // The payer chooses "pay"; the gateway sends the browser back through the verify callback.
    let next: string | null = `${payment.redirectUrl}/complete?status=OK`
    const hops: string[] = []
    while (next && hops.length < 5) {
      const response = await patient.request(next, { headers: { accept: 'text/html' } })
      hops.push(`${response.status} ${new URL(next).pathname}`)
      next =
        response.status >= 300 && response.status < 400 ? response.headers.get('location') : null
      if (next && !next.startsWith('http')) next = `${origin}${next}`
      if (next && new URL(next).pathname === '/payments/result') {
        assert(next.includes('status=success') || next.includes('status=paid'), `result ${next}`)
        break
      }
    }
    const confirmed = await patient.json<{ status: string }>(
      `/api/v1/appointments/${appointment.id}`,
    )
    assert(confirmed.status === 'confirmed', `appointment is ${confirmed.status} after paying`)
    log(`appointment ${appointment.id} at ${slot.startsAt}: ${hops.join(' → ')} → confirmed`)
    return { appointmentId: appointment.id }
  })

  const conversation = await step(
    'messages between two Socket.IO clients (default transports)',
    async () => {
      const threads = await patient.json<{
        items: { id: string; kind: string }[]
      }>('/api/v1/threads')
      const thread = threads.items.find((item) => item.kind === 'direct')
      assert(thread, 'no direct thread after the confirmed appointment')
      const a = await connect(origin, patient.token ?? '')
      const b = await connect(origin, psychologist.token ?? '')
      await ack(a, 'thread:join', { threadId: thread.id })
      await ack(b, 'thread:join', { threadId: thread.id })
      const first = firstTransport.get(a)
      assert(first === 'polling', `the socket connected with ${first}, not the default polling`)
      await new Promise<void>((resolve) => {
        if (a.io.engine.transport.name === 'websocket') resolve()
        else a.io.engine.once('upgrade', () => resolve())
        setTimeout(resolve, 5_000)
      })
      const arrived = new Promise<ThreadMessage>((resolve) => b.once('message:new', resolve))
      const sent = await ack<{ message: ThreadMessage }>(a, 'message:send', {
        threadId: thread.id,
        content: 'سلام از پشت آپاچی',
        clientId: randomUUID(),
      })
      const received = await Promise.race([arrived, sleep(5_000).then(() => undefined)])
      assert(received?.id === sent.message.id, 'the psychologist did not receive the message')
      const back = new Promise<ThreadMessage>((resolve) => a.once('message:new', resolve))
      await ack(b, 'message:send', { threadId: thread.id, content: 'سلام', clientId: randomUUID() })
      assert(await Promise.race([back, sleep(5_000).then(() => undefined)]), 'no reply arrived')
      log(
        `transport ${first} → ${a.io.engine.transport.name}; patient on route ${patient.cookies.get('ROUTEID') ?? '?'}, ` +
          'message and reply delivered',
      )
      return { threadId: thread.id, a, b, ids: [sent.message.id] }
    },
  )

  const file = await step('upload and fetch a file', async () => {
    // A PDF of 300 KB: more than the JSON body limit, as uploads are.
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%'),
      randomBytes(300_000).map((byte) => 0x20 + (byte % 90)),
      Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    ])
    const form = new FormData()
    form.append('purpose', 'document')
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'نامه.pdf')
    const uploaded = await patient.json<{ id: string }>('/api/v1/files', {
      method: 'POST',
      body: form,
    })
    const fetched = await patient.request(`/api/v1/files/${uploaded.id}`)
    const body = Buffer.from(await fetched.arrayBuffer())
    assert(
      fetched.status === 200 && body.equals(bytes),
      `download: ${fetched.status}, ${body.length} bytes`,
    )
    log(`file ${uploaded.id}: ${bytes.length} bytes up and back identical`)
    return { id: uploaded.id, bytes }
  })

  await step('stream an AI companion reply (server-sent events)', async () => {
    const created = await patient.request('/api/v1/companion/conversations', {
      method: 'POST',
      json: {},
    })
    // The body is read once: as the conversation, or as the reason it was refused.
    const answer = await created.text()
    assert(created.status === 201, `create conversation: ${created.status} ${answer}`)
    const { id } = JSON.parse(answer) as { id: string }
    const response = await patient.request(`/api/v1/companion/conversations/${id}/messages`, {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: { text: 'سلام، امروز کمی نگرانم.', clientMessageId: randomUUID(), provider: 'offline' },
    })
    assert(response.status === 200, `send: ${response.status}`)
    assert(
      response.headers.get('content-type')?.startsWith('text/event-stream'),
      `content-type ${response.headers.get('content-type')}`,
    )
    const reader = response.body?.getReader()
    assert(reader, 'no body')
    const decoder = new TextDecoder()
    let buffer = ''
    const events: string[] = []
    const deltaReads = new Set<number>() // which read() each delta came in: not all in one
    let reads = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      reads++
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const name = /^event: (.+)$/m.exec(buffer.slice(0, end))?.[1] ?? 'message'
        events.push(name)
        if (name === 'delta') deltaReads.add(reads)
        buffer = buffer.slice(end + 2)
        end = buffer.indexOf('\n\n')
      }
      if (events.includes('done') || events.includes('unavailable')) break
    }
    await reader.cancel().catch(() => {})
    assert(events[0] === 'accepted', `first event ${events[0]}`)
    assert(events.at(-1) === 'done', `last event ${events.at(-1)} (${events.join(',')})`)
    const deltas = events.filter((name) => name === 'delta').length
    assert(
      deltas >= 2 && deltaReads.size >= 2,
      `${deltas} deltas in ${deltaReads.size} reads: buffered`,
    )
    log(`${events.length} events, ${deltas} deltas arriving in ${deltaReads.size} separate reads`)
  })

  await step('pm2 reload mid-conversation', async () => {
    const { a, b, threadId } = conversation
    const pidsBefore = pm2Pids()
    let running = true
    const figures = { requests: 0, failures: 0, sent: 0, acked: 0, retried: 0, received: 0 }
    const failures: string[] = []
    const acked: string[] = []
    b.on('message:new', () => {
      figures.received++
    })
    // HTTP: four loops, two as browsers (route cookie kept), two without cookies (spread by the
    // balancer), each reading the thread list, which needs the session and the database.
    const httpLoop = async (keepCookies: boolean) => {
      const client = new Client(origin)
      client.token = patient.token
      if (keepCookies) client.cookies = new Map(patient.cookies)
      while (running) {
        if (!keepCookies) client.cookies.clear()
        try {
          const response = await client.request('/api/v1/threads')
          await response.arrayBuffer()
          figures.requests++
          if (response.status !== 200) {
            figures.failures++
            failures.push(`HTTP ${response.status}`)
          }
        } catch (error) {
          figures.requests++
          figures.failures++
          failures.push(`HTTP ${(error as Error).message}`)
        }
      }
    }
    // Socket: the patient sends every 50 ms; a send without an ack in 10 s is retried with the
    // same clientId (the server answers the first message): nothing acknowledged may be lost.
    const socketLoop = async () => {
      while (running) {
        const clientId = randomUUID()
        figures.sent++
        for (let attempt = 0; ; attempt++) {
          try {
            const data = await ack<{ message: ThreadMessage }>(a, 'message:send', {
              threadId,
              content: `پیام ${figures.sent}`,
              clientId,
            })
            acked.push(data.message.id)
            figures.acked++
            break
          } catch (error) {
            if (attempt >= 3) {
              figures.failures++
              failures.push(`socket ${(error as Error).message}`)
              break
            }
            figures.retried++
          }
        }
        await sleep(50)
      }
    }
    const loops = [httpLoop(true), httpLoop(true), httpLoop(false), httpLoop(false), socketLoop()]
    await sleep(1_000)
    const reloadAt = performance.now()
    // Not spawnSync: the loops must keep running (and reading) while PM2 works.
    await runAsync(join(root, 'deploy/reload.sh'), [], pm2Env)
    const reloadSeconds = seconds(reloadAt)
    await sleep(2_000)
    running = false
    await Promise.all(loops)
    const pidsAfter = pm2Pids()
    assert(
      pidsAfter.every((pid) => !pidsBefore.includes(pid)),
      `not every instance restarted: ${pidsBefore} → ${pidsAfter}`,
    )
    // Every acknowledged message is in the thread.
    const stored = await messageIds(threadId)
    const lost = acked.filter((id) => !stored.has(id))
    log(
      `reload took ${reloadSeconds} s (pids ${pidsBefore.join(',')} → ${pidsAfter.join(',')}); ` +
        `${figures.requests} HTTP requests during the run, ${figures.failures} failed; ` +
        `${figures.sent} socket sends, ${figures.acked} acknowledged (${figures.retried} retried), ` +
        `${lost.length} acknowledged lost; ${figures.received} delivered live to the other client; ` +
        `patient socket now on ${a.io.engine.transport.name}`,
    )
    if (failures.length) log(`failures: ${[...new Set(failures)].slice(0, 10).join('; ')}`)
    assert(figures.failures === 0, `${figures.failures} failures during the reload`)
    assert(lost.length === 0, `${lost.length} acknowledged messages lost`)
    conversation.ids.push(...acked)
  })

  await step('back up, drop the database, restore, find the data', async () => {
    const scriptEnv = { ...process.env, YY_ENV_FILE: envFile, BACKUP_DIR: backupDir }
    const backupOut = run(join(root, 'deploy/backup/backup.sh'), [], scriptEnv)
    log(backupOut.trim().split('\n').join(' | '))
    pm2('stop', ecosystem)
    run('dropdb', [...psqlArgs, '--force', database])
    rmSync(join(dataDir, 'files'), { recursive: true, force: true })
    log(`stopped the app, dropped ${database} and deleted DATA_DIR/files`)
    const restoreOut = run(join(root, 'deploy/backup/restore.sh'), ['latest'], scriptEnv)
    log(restoreOut.trim().split('\n').join(' | '))
    pm2('start', ecosystem)
    await untilReady()
    const appointment = await patient.json<{ status: string }>(
      `/api/v1/appointments/${booking.appointmentId}`,
    )
    assert(appointment.status === 'confirmed', `restored appointment is ${appointment.status}`)
    const restored = await messageIds(conversation.threadId)
    const missing = conversation.ids.filter((id) => !restored.has(id))
    assert(
      missing.length === 0,
      `${missing.length} acknowledged messages missing after the restore`,
    )
    const fetched = await patient.request(`/api/v1/files/${file.id}`)
    const body = Buffer.from(await fetched.arrayBuffer())
    assert(fetched.status === 200 && body.equals(file.bytes), `restored file: ${fetched.status}`)
    const session = await patient.json<{ user: { id: string } }>('/api/v1/auth/session')
    log(
      `after the restore: session valid (${session.user.id}), appointment confirmed, ` +
        `all ${conversation.ids.length} acknowledged messages there (${restored.size} in the thread), ` +
        `file identical`,
    )
  })
}

let status = 0
const onSignal = (signal: string) => {
  log(`${signal}: cleaning up`)
  cleanup().finally(() => process.exit(130))
}
process.once('SIGINT', onSignal)
process.once('SIGTERM', onSignal)
try {
  await main()
  console.log(`\ndeploy:check passed in ${seconds()} s`)
} catch (error) {
  status = 1
  console.error(`\ndeploy:check FAILED in step '${currentStep}' after ${seconds()} s:`)
  console.error(
    error instanceof CheckFailed || error instanceof CommandFailed ? error.message : error,
  )
  if (existsSync(join(logDir, 'error.log'))) {
    const tail = readFileSync(join(logDir, 'error.log'), 'utf8').trim().split('\n').slice(-15)
    if (tail.join('')) console.error(`--- ${logDir}/error.log (last lines)\n${tail.join('\n')}`)
  }
  // Apache's own lines, without the health checks' expected refusals while instances restart.
  for (const name of ['error.log', 'yektayar-ssl-error.log']) {
    const path = join(apacheDir, name)
    if (!existsSync(path)) continue
    const tail = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => !/HCOH|AH00957|AH00959|AH01114|ssl:warn/.test(line))
      .slice(-10)
    if (tail.join('')) console.error(`--- apache ${name} (last lines)\n${tail.join('\n')}`)
  }
  const access = join(apacheDir, 'yektayar-ssl-access.log')
  if (existsSync(access)) {
    const failed = readFileSync(access, 'utf8')
      .split('\n')
      .filter((line) => / 5\d\d [-\d]/.test(line))
      .slice(-10)
    if (failed.length) console.error(`--- apache 5xx answers\n${failed.join('\n')}`)
  }
} finally {
  await cleanup()
}
process.exit(status)
