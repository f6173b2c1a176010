import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import { startDepartmentThread } from '../../../test/messaging-fixtures.ts'
import { s3EnvOf, startTestS3, type TestS3 } from '../../../test/s3-server.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { fileDepsOf } from './file-deps.ts'
import { sweepUnusedFiles } from './file-sweep.ts'

const DAY_MS = 24 * 3600 * 1000

/** The same life cycle on both storages: upload, read, use, and the sweep of what went unused. */
function lifeCycle(name: string, open: () => Promise<{ t: TestApp; close(): Promise<void> }>) {
  describe(`files on ${name}`, () => {
    let t: TestApp
    let close: () => Promise<void>

    beforeAll(async () => {
      ;({ t, close } = await open())
    })
    afterAll(() => close?.())

    const keyOf = async (id: string) => {
      const [row] = await t.database.query<{ storage_key: string; fallback_key: string | null }>(
        'SELECT storage_key, fallback_key FROM files WHERE id = $1',
        [id],
      )
      return row
    }

    it('stores, serves with ranges, and sweeps only what nobody used', async () => {
      const me = await createSignedInUser(t, 'patient')
      const unused = await uploaded(t, me, 'attachment', await photo(300, 200))
      const avatar = await uploaded(t, me, 'avatar', await photo(300, 200))
      const document = await uploaded(t, me, 'document', SMALL_PDF)
      const set = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/users/me/avatar',
        headers: me.headers,
        payload: { fileId: avatar.id },
      })
      expect(set.statusCode).toBe(200)
      const part = await t.app.inject({
        method: 'GET',
        url: document.url,
        headers: { ...me.headers, range: 'bytes=1-3' },
      })
      expect([part.statusCode, part.body]).toEqual([206, 'PDF'])
      const unusedKeys = await keyOf(unused.id)
      const deps = fileDepsOf(t.app)

      expect(await sweepUnusedFiles({ ...deps, now: () => new Date() })).toBe(0)
      const later = { ...deps, now: () => new Date(Date.now() + DAY_MS + 60_000) }
      expect(await sweepUnusedFiles(later)).toBeGreaterThanOrEqual(1)

      expect(await keyOf(unused.id)).toBeUndefined()
      for (const key of [unusedKeys?.storage_key, unusedKeys?.fallback_key]) {
        expect(await deps.storage.get(key ?? '')).toBeUndefined()
      }
      for (const kept of [avatar, document]) {
        const response = await t.app.inject({ method: 'GET', url: kept.url, headers: me.headers })
        expect(response.statusCode).toBe(200)
      }
    })

    it('removes the attachments of a deleted message at the next sweep', async () => {
      const me = await createSignedInUser(t, 'patient')
      const { message } = await startDepartmentThread(t, me)
      const file = await uploaded(t, me, 'attachment', SMALL_PDF)
      const attached = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/files/${file.id}/message`,
        headers: me.headers,
        payload: { messageId: message.id },
      })
      expect(attached.statusCode).toBe(200)
      const keys = await keyOf(file.id)
      const deps = fileDepsOf(t.app)
      await sweepUnusedFiles(deps)
      expect(await keyOf(file.id)).toBeDefined()
      // Messaging has no deletion yet; the database's own path is what any later one will take.
      await t.database.query('DELETE FROM messages WHERE id = $1', [message.id])
      await sweepUnusedFiles(deps)
      expect(await keyOf(file.id)).toBeUndefined()
      expect(await deps.storage.get(keys?.storage_key ?? '')).toBeUndefined()
    })

    it('removes the stored files of a deleted account, and only those, at the next sweep', async () => {
      const leaving = await createSignedInUser(t, 'patient')
      const staying = await createSignedInUser(t, 'patient')
      const avatar = await uploaded(t, leaving, 'avatar', await photo(100, 100))
      const document = await uploaded(t, leaving, 'document', SMALL_PDF)
      const kept = await uploaded(t, staying, 'document', SMALL_PDF)
      const keys = [await keyOf(avatar.id), await keyOf(document.id)].flatMap((row) => [
        row?.storage_key,
        row?.fallback_key,
      ])
      const deps = fileDepsOf(t.app)
      await t.database.query('DELETE FROM users WHERE id = $1', [leaving.id])
      expect(await keyOf(document.id)).toBeUndefined()
      // The rows went with the account; the bytes wait for the sweep, not a day.
      expect(await deps.storage.get(keys[2] ?? '')).toBeDefined()
      await sweepUnusedFiles(deps)
      for (const key of keys.filter(Boolean)) {
        expect(await deps.storage.get(key ?? '')).toBeUndefined()
      }
      expect(keys.filter(Boolean)).toHaveLength(3)
      const other = await t.app.inject({ method: 'GET', url: kept.url, headers: staying.headers })
      expect(other.statusCode).toBe(200)
      const queued = await t.database.query('SELECT storage_key FROM file_removals')
      expect(queued).toEqual([])
    })

    it('sweeps a replaced avatar a day after, and keeps the current one', async () => {
      const me = await createSignedInUser(t, 'patient')
      const first = await uploaded(t, me, 'avatar', await photo(100, 100))
      const second = await uploaded(t, me, 'avatar', await photo(120, 100))
      for (const file of [first, second]) {
        await t.app.inject({
          method: 'PUT',
          url: '/api/v1/users/me/avatar',
          headers: me.headers,
          payload: { fileId: file.id },
        })
      }
      const deps = fileDepsOf(t.app)
      await sweepUnusedFiles({ ...deps, now: () => new Date(Date.now() + DAY_MS + 60_000) })
      expect(await keyOf(first.id)).toBeUndefined()
      expect((await t.app.inject({ method: 'GET', url: second.publicUrl ?? '' })).statusCode).toBe(
        200,
      )
    })
  })
}

let dataDir: string
let s3: TestS3

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-files-'))
  s3 = await startTestS3()
})

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await s3?.close()
})

lifeCycle('local disk', async () => {
  const t = await createTestApp({ env: { DATA_DIR: dataDir } })
  return { t, close: () => t.close() }
})

describe('uploads abandoned while being received', () => {
  it('are removed by the sweep after an hour; one still arriving is left alone', async () => {
    const t = await createTestApp({ env: { DATA_DIR: dataDir } })
    try {
      const receiving = fileDepsOf(t.app).config.receivingDir
      await mkdir(receiving, { recursive: true })
      const abandoned = join(receiving, `${randomUUID()}.upload`)
      const arriving = join(receiving, `${randomUUID()}.upload`)
      await writeFile(abandoned, 'half a photo')
      await writeFile(arriving, 'a photo on its way')
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
      await utimes(abandoned, twoHoursAgo, twoHoursAgo)
      await sweepUnusedFiles(fileDepsOf(t.app))
      expect(await readdir(receiving)).toEqual([arriving.split('/').pop()])
    } finally {
      await t.close()
    }
  })
})

describe('the sweep job', () => {
  it('is scheduled every quarter of an hour where jobs run', async () => {
    const t = await createTestApp({ env: { DATA_DIR: dataDir }, withJobs: true })
    try {
      const schedules = (await t.jobs?.boss.getSchedules()) ?? []
      expect(schedules.find((s) => s.name === 'files.sweep')?.cron).toBe('*/15 * * * *')
    } finally {
      await t.close()
    }
  })
})

lifeCycle('S3-compatible storage (s3rver)', async () => {
  const t = await createTestApp({ env: s3EnvOf(s3) })
  return { t, close: () => t.close() }
})
