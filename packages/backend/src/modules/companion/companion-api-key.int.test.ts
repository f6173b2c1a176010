import { Writable } from 'node:stream'
import { CONFIG_MASK, type ConfigEntry, type ConfigList } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { sendJson, startConversation } from '../../../test/companion-fixtures.ts'
import { type OpenAiStandIn, startOpenAiStandIn } from '../../../test/openai-stand-in.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/**
 * companion.apiKey, the registry's secret: stored by an admin (the server has no
 * COMPANION_API_KEY here), used by the provider from the next request, and never seen again in
 * an answer, an audit row or a log line, with the app logging everything it can (trace).
 */
const FIRST_KEY = 'sk_live_first_7f3a91c2'
const SECOND_KEY = 'sk_live_second_0b84de55'

let standIn: OpenAiStandIn
let t: TestApp
let admin: SignedInUser
let patient: SignedInUser
const logLines: string[] = []

beforeAll(async () => {
  standIn = await startOpenAiStandIn({ kind: 'stream', tokens: ['سلام'] })
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString('utf8'))
      done()
    },
  })
  t = await createTestApp({
    env: {
      LOG_LEVEL: 'trace',
      COMPANION_API_URL: standIn.url,
      COMPANION_MODEL: 'stand-in-model',
      COMPANION_FIRST_BYTE_TIMEOUT_MS: '1500',
      COMPANION_IDLE_TIMEOUT_MS: '1500',
    },
    logStream,
  })
  admin = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
})
afterAll(async () => {
  await t?.close()
  await standIn?.close()
})

const put = (key: string, value: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/config/${key}`,
    headers: { ...admin.headers, 'accept-language': 'en' },
    payload: { value },
  })
const reset = (key: string) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/v1/admin/config/${key}`,
    headers: { ...admin.headers, 'accept-language': 'en' },
  })
const listed = async () => t.app.inject({ url: '/api/v1/admin/config', headers: admin.headers })
const apiKeyEntry = async () =>
  ((await listed()).json() as ConfigList).items.find((item) => item.key === 'companion.apiKey')

describe('companion.apiKey', () => {
  it('is listed as a secret that is not set, and the provider that needs it is refused', async () => {
    expect(await apiKeyEntry()).toMatchObject({
      group: 'companion',
      sensitive: true,
      value: null,
      default: null,
      source: 'env',
    })
    const provider = await put('companion.provider', 'openai-compatible')
    expect(provider.statusCode).toBe(400)
    expect(provider.json().errors[0].message).toContain('companion.apiKey')
  })

  it('is stored write-only: every answer masks it and its audit rows only say it changed', async () => {
    const saved = await put('companion.apiKey', FIRST_KEY)
    expect(saved.statusCode).toBe(200)
    expect(saved.body).not.toContain(FIRST_KEY)
    expect(saved.json()).toMatchObject({ value: CONFIG_MASK, default: null, source: 'database' })
    const list = await listed()
    expect(list.body).not.toContain(FIRST_KEY)
    expect(await apiKeyEntry()).toMatchObject({ value: CONFIG_MASK, source: 'database' })
    const audit = await t.database.query<{ action: string; changes: unknown }>(
      `SELECT action, changes FROM audit_logs WHERE resource = 'config'
       AND resource_id = 'companion.apiKey'`,
    )
    expect(audit).toEqual([{ action: 'config.set', changes: { changed: true } }])
  })

  it('is what the provider sends, and a replaced key is sent from the next message on', async () => {
    expect((await put('companion.provider', 'openai-compatible')).statusCode).toBe(200)
    const conversation = await startConversation(t, patient)
    const first = await sendJson(t, patient, conversation.id, 'امروز کمی خسته‌ام')
    expect(first.statusCode, first.body).toBe(200)
    expect(standIn.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${FIRST_KEY}`])

    expect((await put('companion.apiKey', SECOND_KEY)).statusCode).toBe(200)
    await sendJson(t, patient, conversation.id, 'ممنون')
    expect(standIn.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${FIRST_KEY}`,
      `Bearer ${SECOND_KEY}`,
    ])
  })

  it('refuses a key that could not go in a header, without repeating it', async () => {
    const broken = 'sk_broken key\r\nx-injected: 1'
    const response = await put('companion.apiKey', broken)
    expect([response.statusCode, response.json().code]).toEqual([400, 'VALIDATION_FAILED'])
    expect(response.body).not.toContain('sk_broken')
  })

  it('cannot be cleared while the provider needs it; once the provider is offline it can', async () => {
    const refused = await reset('companion.apiKey')
    expect(refused.statusCode).toBe(400)
    expect((await reset('companion.provider')).statusCode).toBe(200)
    const cleared = await reset('companion.apiKey')
    expect(cleared.statusCode).toBe(200)
    expect(cleared.json() as ConfigEntry).toMatchObject({ value: null, source: 'env' })
    const actions = await t.database.query<{ action: string; changes: unknown }>(
      `SELECT action, changes FROM audit_logs WHERE resource = 'config'
       AND resource_id = 'companion.apiKey' ORDER BY created_at`,
    )
    expect(actions.map((row) => [row.action, row.changes])).toEqual([
      ['config.set', { changed: true }],
      ['config.set', { changed: true }],
      ['config.reset', { changed: true }],
    ])
  })

  it('never reaches a log line, though every request above was logged', () => {
    const logged = logLines.join('')
    // The capture works: the key's own requests are in it.
    expect(logged).toContain('/api/v1/admin/config/companion.apiKey')
    for (const secret of [FIRST_KEY, SECOND_KEY, 'sk_broken']) {
      expect(logged).not.toContain(secret)
    }
  })
})
