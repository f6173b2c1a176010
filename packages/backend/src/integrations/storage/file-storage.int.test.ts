import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestS3, type TestS3 } from '../../../test/s3-server.ts'
import { diskFileStorage } from './disk-file-storage.ts'
import type { FileStorage } from './file-storage.ts'
import { s3FileStorage } from './s3-file-storage.ts'

const keyOf = (extension = 'bin') => `attachment/${randomUUID()}.${extension}`

/** The same cases on every implementation: what the files module relies on. */
function storageCases(name: string, open: () => FileStorage) {
  describe(`${name} storage`, () => {
    it('keeps bytes and gives them back whole, with their size', async () => {
      const storage = open()
      const key = keyOf()
      await storage.put(key, Buffer.from('سلام، hello'), 'text/plain')
      const stored = await storage.get(key)
      expect(stored?.size).toBe(Buffer.byteLength('سلام، hello'))
      expect(await text(stored?.body ?? Readable.from([]))).toBe('سلام، hello')
    })

    it('gives back an inclusive byte range and the whole size', async () => {
      const storage = open()
      const key = keyOf()
      await storage.put(key, Buffer.from('0123456789'), 'application/octet-stream')
      const part = await storage.get(key, { start: 2, end: 5 })
      expect(part?.size).toBe(10)
      expect(await text(part?.body ?? Readable.from([]))).toBe('2345')
    })

    it('answers undefined for a missing key, and deleting twice is fine', async () => {
      const storage = open()
      const key = keyOf()
      expect(await storage.get(key)).toBeUndefined()
      await storage.put(key, Buffer.from('x'), 'application/octet-stream')
      await storage.delete(key)
      await storage.delete(key)
      expect(await storage.get(key)).toBeUndefined()
    })

    it('replaces an object written again under its key', async () => {
      const storage = open()
      const key = keyOf()
      await storage.put(key, Buffer.from('first'), 'text/plain')
      await storage.put(key, Buffer.from('second'), 'text/plain')
      expect(await text((await storage.get(key))?.body ?? Readable.from([]))).toBe('second')
    })

    it('refuses keys that climb out of their folder or that it did not make', async () => {
      const storage = open()
      for (const key of ['../etc/passwd', 'attachment/../../x.bin', '/abs.bin', 'a/b/c.bin']) {
        await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
          /not a storage key/,
        )
        await expect(storage.get(key)).rejects.toThrow(/not a storage key/)
      }
    })
  })
}

let root: string
let s3: TestS3

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'yy-files-'))
  s3 = await startTestS3()
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
  await s3?.close()
})

storageCases('disk', () => diskFileStorage(root))
storageCases('s3', () =>
  s3FileStorage({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: s3.bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  }),
)
