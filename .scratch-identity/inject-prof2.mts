import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { signInThroughApi } from '../packages/backend/test/auth-fixtures.ts'
import { createTestApp } from '../packages/backend/test/test-app.ts'

const t = await createTestApp({
  env: {
    NODE_ENV: 'production',
    NOTES_ENCRYPTION_KEYS: `k:${Buffer.alloc(32, 2).toString('base64')}`,
    DEV_OUTBOX: 'true',
    LOG_LEVEL: 'warn',
  },
})
const s = await signInThroughApi(t, '09121112233')
const path = process.argv[2] ?? 'session'
const opts =
  path === 'session' ? { url: '/api/v1/auth/session', headers: s.headers } : { url: '/healthz' }
for (let i = 0; i < 5000; i++) await t.app.inject(opts)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.start')
for (let i = 0; i < 20000; i++) await t.app.inject(opts)
const { profile } = await session.post('Profiler.stop')
rmSync('prof', { recursive: true, force: true })
mkdirSync('prof')
writeFileSync(`prof/${path}.cpuprofile`, JSON.stringify(profile))
await t.close()
