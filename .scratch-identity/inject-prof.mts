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
async function measure(label: string, opts: any, n = 20000) {
  for (let i = 0; i < 2000; i++) await t.app.inject(opts)
  const c0 = process.cpuUsage()
  const w0 = performance.now()
  for (let i = 0; i < n; i++) await t.app.inject(opts)
  const c = process.cpuUsage(c0)
  const w = performance.now() - w0
  console.log(
    label,
    'cpu µs/req',
    ((c.user + c.system) / n).toFixed(1),
    'wall µs/req',
    ((w * 1000) / n).toFixed(1),
  )
}
for (let k = 0; k < 1; k++) {
  await measure('session', { url: '/api/v1/auth/session', headers: s.headers })
}
console.log('loads', (globalThis as any).__loads)
await t.close()
