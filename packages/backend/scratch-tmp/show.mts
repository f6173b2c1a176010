import { createTestApp } from '/work/main/packages/backend/test/test-app.ts'

const t = await createTestApp({
  env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example' },
})
const r = await t.app.inject({ url: '/healthz' })
console.log(r.statusCode, r.headers, r.body)
const r2 = await t.app.inject({ url: '/api/docs', headers: { accept: 'text/html' } })
console.log(r2.statusCode, r2.headers)
await t.close()
