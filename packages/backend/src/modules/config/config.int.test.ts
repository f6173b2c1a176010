import { CONFIG_MASK, type ConfigEntry, type ConfigList } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { dynamicConfigOf } from './config-deps.ts'
import { CONFIG_REGISTRY } from './config-registry.ts'

let t: TestApp
let admin: SignedInUser
let patient: SignedInUser

beforeAll(async () => {
  t = await createTestApp({
    // A key on the server, so admins may choose the OpenAI-compatible provider.
    env: {
      COMPANION_MODEL: 'env-model',
      COMPANION_HOURLY_QUOTA: '20',
      COMPANION_API_KEY: 'sk_test_config',
    },
  })
  admin = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
})
afterAll(() => t.close())

const put = (who: SignedInUser, key: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/config/${key}`, headers: who.headers, payload })
const reset = (who: SignedInUser, key: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/admin/config/${key}`, headers: who.headers })
const list = async () =>
  (await t.app.inject({ url: '/api/v1/admin/config', headers: admin.headers })).json() as ConfigList
const auditOf = (key: string) =>
  t.database.query<{ action: string; user_id: string; changes: unknown }>(
    `SELECT action, user_id, changes FROM audit_logs WHERE resource = 'config' AND resource_id = $1
     ORDER BY created_at`,
    [key],
  )

describe('/api/v1/admin/config', () => {
  it('is for config.manage holders only', async () => {
    const asPatient = [
      await t.app.inject({ url: '/api/v1/admin/config', headers: patient.headers }),
      await put(patient, 'companion.model', { value: 'x' }),
      await reset(patient, 'companion.model'),
    ]
    expect(asPatient.map((r) => r.statusCode)).toEqual([403, 403, 403])
    const anonymous = await t.app.inject({ url: '/api/v1/admin/config' })
    expect(anonymous.statusCode).toBe(401)
    expect(dynamicConfigOf(t.app).get('companion.model')).toBe('env-model')
  })

  it('lists every registered key with its default from the environment', async () => {
    const { items } = await list()
    expect(items.map((item) => item.key)).toEqual(Object.keys(CONFIG_REGISTRY.keys))
    const model = items.find((item) => item.key === 'companion.model')
    expect(model).toMatchObject({
      group: 'companion',
      value: 'env-model',
      default: 'env-model',
      source: 'env',
      sensitive: false,
      updatedAt: null,
      shape: { type: 'string', minLength: 1, maxLength: 100 },
    })
    expect(model?.description.fa).toMatch(/مدل/)
    const provider = items.find((item) => item.key === 'companion.provider')
    expect(provider?.shape).toMatchObject({ enum: ['offline', 'openai-compatible'] })
    // Internal rows of the table (reference data) are not the registry's and are not listed.
    expect(items.some((item) => item.key === 'messaging.departments')).toBe(false)
  })

  it('answers 404 CONFIG_KEY_UNKNOWN for a key the registry does not have', async () => {
    for (const response of [
      await put(admin, 'messaging.departments', { value: [] }),
      await reset(admin, 'no.suchKey'),
      await reset(admin, 'NOT_A_KEY'),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().code).toBe('CONFIG_KEY_UNKNOWN')
    }
  })

  it('refuses a value its schema refuses, with the path, and keeps the old one', async () => {
    const tooMany = await put(admin, 'companion.hourlyQuota', { value: 5000 })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.value' }],
    })
    const wrongType = await put(admin, 'companion.provider', { value: 'anthropic' })
    expect(wrongType.json().code).toBe('VALIDATION_FAILED')
    const noValue = await put(admin, 'companion.model', {})
    expect(noValue.statusCode).toBe(400)
    const extra = await put(admin, 'companion.model', { value: 'a', key: 'companion.provider' })
    expect(extra.statusCode).toBe(400)
    expect(dynamicConfigOf(t.app).get('companion.hourlyQuota')).toBe(20)
    expect(await auditOf('companion.hourlyQuota')).toEqual([])
  })

  it('refuses a daily quota below the hourly one, either way round', async () => {
    const daily = await put(admin, 'companion.dailyQuota', { value: 10 })
    expect(daily.statusCode).toBe(400)
    expect(daily.json().errors[0].message).toBe(
      'سقف روزانه (10) نباید کمتر از سقف ساعتی (20) باشد.',
    )
    expect((await put(admin, 'companion.dailyQuota', { value: 40 })).statusCode).toBe(200)
    const hourly = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/companion.hourlyQuota',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { value: 41 },
    })
    expect(hourly.statusCode).toBe(400)
    expect(hourly.json().errors[0].message).toBe(
      'The daily limit (40) must be at least the hourly limit (41).',
    )
    expect((await put(admin, 'companion.hourlyQuota', { value: 40 })).statusCode).toBe(200)
    // Resetting the daily quota to its default (100) is fine; an hourly default above it is not.
    expect((await reset(admin, 'companion.dailyQuota')).statusCode).toBe(200)
    await reset(admin, 'companion.hourlyQuota')
  })

  it('applies a good value at once, answers it and audits before and after', async () => {
    const response = await put(admin, 'companion.model', { value: '  openai-fast ' })
    expect(response.statusCode).toBe(200)
    const entry = response.json() as ConfigEntry
    expect(entry).toMatchObject({ value: 'openai-fast', source: 'database', default: 'env-model' })
    expect(Date.parse(entry.updatedAt ?? '')).not.toBeNaN()
    expect(dynamicConfigOf(t.app).get('companion.model')).toBe('openai-fast')
    expect((await list()).items.find((i) => i.key === 'companion.model')?.value).toBe('openai-fast')
    const [row] = await t.database.query(`SELECT value, is_sensitive FROM config WHERE key = $1`, [
      'companion.model',
    ])
    expect(row).toEqual({ value: 'openai-fast', is_sensitive: false })
    expect(await auditOf('companion.model')).toEqual([
      {
        action: 'config.set',
        user_id: admin.id,
        changes: { before: 'env-model', after: 'openai-fast', source: 'env' },
      },
    ])
  })

  it('resets to the default, audited, and a second reset changes nothing', async () => {
    await put(admin, 'companion.provider', { value: 'openai-compatible' })
    expect(dynamicConfigOf(t.app).get('companion.provider')).toBe('openai-compatible')
    const response = await reset(admin, 'companion.provider')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ value: 'offline', source: 'env', updatedAt: null })
    expect(dynamicConfigOf(t.app).get('companion.provider')).toBe('offline')
    expect((await reset(admin, 'companion.provider')).statusCode).toBe(200)
    const actions = (await auditOf('companion.provider')).map((row) => [row.action, row.changes])
    expect(actions).toEqual([
      ['config.set', { before: 'offline', after: 'openai-compatible', source: 'env' }],
      ['config.reset', { before: 'openai-compatible', after: 'offline', source: 'database' }],
    ])
  })

  it('keeps the rows the application stores itself', async () => {
    const [departments] = await t.database.query(
      `SELECT 1 AS found FROM config WHERE key = 'messaging.departments'`,
    )
    expect(departments).toEqual({ found: 1 })
  })
})

describe('a sensitive key', () => {
  // companion.apiKey; companion-api-key.int.test.ts follows it to the provider and the logs.
  it('masks the server’s key as its default, and a stored one as its value', async () => {
    const secret = 'sk_secret_value_123'
    const entryOf = async () => (await list()).items.find((i) => i.key === 'companion.apiKey')
    expect(await entryOf()).toMatchObject({
      value: CONFIG_MASK,
      default: CONFIG_MASK,
      source: 'env',
      sensitive: true,
      shape: { type: 'string', maxLength: 500 },
    })
    expect((await put(admin, 'companion.apiKey', { value: secret })).statusCode).toBe(200)
    expect(dynamicConfigOf(t.app).get('companion.apiKey')).toBe(secret)
    expect(await entryOf()).toMatchObject({ value: CONFIG_MASK, source: 'database' })
    expect(JSON.stringify(await list())).not.toContain(secret)
    const [row] = await t.database.query(
      `SELECT is_sensitive FROM config WHERE key = 'companion.apiKey'`,
    )
    expect(row).toEqual({ is_sensitive: true })
    await reset(admin, 'companion.apiKey')
    expect(dynamicConfigOf(t.app).get('companion.apiKey')).toBe('sk_test_config')
    const audit = await auditOf('companion.apiKey')
    expect(audit.map((row) => [row.action, row.changes])).toEqual([
      ['config.set', { changed: true }],
      ['config.reset', { changed: true }],
    ])
    expect(JSON.stringify(audit)).not.toContain(secret)
  })
})

describe('two instances without Redis', () => {
  it('sees the other instance’s change at its next periodic re-read', async () => {
    const other = await createTestApp({ database: t.database, env: { REDIS_URL: '' } })
    try {
      expect((await put(admin, 'companion.hourlyQuota', { value: 7 })).statusCode).toBe(200)
      const reader = dynamicConfigOf(other.app)
      expect(reader.get('companion.hourlyQuota')).toBe(30)
      // What the 30-second timer does:
      await reader.reload()
      expect(reader.get('companion.hourlyQuota')).toBe(7)
    } finally {
      await reset(admin, 'companion.hourlyQuota')
      await other.close()
    }
  })
})
