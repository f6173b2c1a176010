import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import { startDepartmentThread } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/**
 * Two instances on one database, one files folder and one Redis, each keeping download
 * decisions for a minute: a change on one must drop what the other kept, through Redis pub/sub,
 * before anyone can use it there. Pub/sub is asynchronous, so the other instance is given the
 * moment its message takes (the change answers only once Redis has taken it).
 */
// Skipped without REDIS_URL: the instances tell each other about dropped decisions through Redis.
describe.skipIf(!process.env.REDIS_URL)('access across instances (needs REDIS_URL)', () => {
  let a: TestApp
  let b: TestApp
  let dataDir: string
  let admin: SignedInUser

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yy-file-access-pair-'))
    const env = {
      DATA_DIR: dataDir,
      REDIS_URL: process.env.REDIS_URL ?? '',
      REDIS_KEY_PREFIX: `yy-pair-${randomBytes(4).toString('hex')}:`,
      FILE_ACCESS_CACHE_SECONDS: '60',
    }
    a = await createTestApp({ env })
    b = await createTestApp({ env, database: a.database })
    admin = await createSignedInUser(a, 'admin')
    // Both caches subscribe to their channel as they start.
    await new Promise((resolve) => setTimeout(resolve, 200))
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  const statusOn = async (t: TestApp, url: string, user: SignedInUser) =>
    (await t.app.inject({ method: 'GET', url, headers: user.headers })).statusCode

  it('a member removed on one instance is refused the attachment on the other', async () => {
    const patient = await createSignedInUser(a, 'patient')
    const member = await createPsychologist(a)
    const { thread, message } = await startDepartmentThread(a, patient)
    const file = await uploaded(a, patient, 'attachment', SMALL_PDF)
    const inject = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      a.app.inject({ method, url, headers: admin.headers, payload })
    await a.app.inject({
      method: 'PUT',
      url: `/api/v1/files/${file.id}/message`,
      headers: patient.headers,
      payload: { messageId: message.id },
    })
    const participants = `/api/v1/threads/${thread.id}/participants`
    expect((await inject('POST', participants, { userId: member.id })).statusCode).toBe(204)
    expect(await statusOn(b, file.url, member)).toBe(200)
    expect((await inject('DELETE', `${participants}/${member.id}`)).statusCode).toBe(204)
    await expect.poll(() => statusOn(b, file.url, member), { timeout: 1_000 }).toBe(404)
    expect(await statusOn(b, file.url, patient)).toBe(200)
  })

  it('a document deleted on one instance is gone on the other', async () => {
    const owner = await createSignedInUser(a, 'patient')
    const document = await uploaded(a, owner, 'document', SMALL_PDF)
    expect(await statusOn(b, document.url, owner)).toBe(200)
    const deleted = await a.app.inject({
      method: 'DELETE',
      url: document.url,
      headers: owner.headers,
    })
    expect(deleted.statusCode).toBe(204)
    await expect.poll(() => statusOn(b, document.url, owner), { timeout: 1_000 }).toBe(404)
  })
})
