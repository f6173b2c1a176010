import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'

const port = 41000 + Math.floor(Math.random() * 1000)
const origin = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: origin,
  SEED_DEMO: 'false',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'yy-scratch-')),
  AUTH_SECRET: 'x'.repeat(40),
  TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  NOTES_ENCRYPTION_KEYS: `k:${Buffer.alloc(32, 2).toString('base64')}`,
  DEV_OUTBOX: 'true',
  JOBS_ENABLED: 'false',
  ...Object.fromEntries(process.argv.slice(2).map((e) => e.split('='))),
}
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '/work/main/packages/backend/src/main.ts'],
  { cwd: '/work/main', env, stdio: ['ignore', 'ignore', 'inherit'] },
)
for (let i = 0; i < 600; i++) {
  try {
    const r = await fetch(`${origin}/healthz`)
    await r.text()
    if (r.ok) break
  } catch {}
  await new Promise((r) => setTimeout(r, 100))
}
const post = (p: string, b: unknown) =>
  fetch(origin + p, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(b),
  })
await post('/api/v1/auth/send-otp', { identifier: '09121112233' })
const ob = (await (await fetch(`${origin}/api/v1/dev/outbox`)).json()) as any
const code = /\d{6}/.exec(ob.items[0].text)![0]
const token = (
  (await (await post('/api/v1/auth/verify-otp', { identifier: '09121112233', code })).json()) as any
).token
const run = async (path: string, headers = {}) => {
  const r = await autocannon({
    url: origin + path,
    connections: 50,
    duration: Number(process.env.D ?? 4),
    headers,
  })
  return Math.round(r.requests.average) + (r.non2xx ? ` non2xx=${r.non2xx}` : '')
}
await run('/healthz')
await run('/api/v1/auth/session', { authorization: `Bearer ${token}` })
for (let i = 0; i < 2; i++) {
  console.log(
    'healthz',
    await run('/healthz'),
    'session',
    await run('/api/v1/auth/session', { authorization: `Bearer ${token}` }),
  )
}
child.kill('SIGTERM')
