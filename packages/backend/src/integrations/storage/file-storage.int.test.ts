import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestS3, type TestS3 } from '../../../test/s3-server.ts'
import { diskFileStorage } from './disk-file-storage.ts'
import type { FileStorage } from './file-storage.ts'
import { memoryCachedStorage } from './memory-cached-storage.ts'
import { s3FileStorage } from './s3-file-storage.ts'

const keyOf = (extension = 'bin') => `attachment/${randomUUID()}.${extension}`

/** A stored body as text, whether the store streamed it or held it in memory. */
const textOf = (body: Readable | Buffer | undefined) =>
  Buffer.isBuffer(body) ? body.toString() : text(body ?? Readable.from([]))

/** The same cases on every implementation: what the files module relies on. */
function storageCases(name: string, open: () => FileStorage) {
  describe(`${name} storage`, () => {
    it('keeps bytes and gives them back whole, with their size', async () => {
      const storage = open()
      const key = keyOf()
      await storage.put(key, Buffer.from('سلام، hello'), 'text/plain')
      const stored = await storage.get(key)
      expect(stored?.size).toBe(Buffer.byteLength('سلام، hello'))
      expect(await textOf(stored?.body)).toBe('سلام، hello')
    })

    it('stores a received file from disk, without reading it whole', async () => {
      const storage = open()
      const key = keyOf('pdf')
      const received = join(root, `${randomUUID()}.upload`)
      await writeFile(received, 'سند دریافت‌شده')
      await storage.putFile(key, received, Buffer.byteLength('سند دریافت‌شده'), 'application/pdf')
      await rm(received, { force: true })
      const stored = await storage.get(key)
      expect(stored?.size).toBe(Buffer.byteLength('سند دریافت‌شده'))
      expect(await textOf(stored?.body)).toBe('سند دریافت‌شده')
    })

    it('gives back an inclusive byte range and the whole size', async () => {
      const storage = open()
      const key = keyOf()
      await storage.put(key, Buffer.from('0123456789'), 'application/octet-stream')
      const part = await storage.get(key, { start: 2, end: 5 })
      expect(part?.size).toBe(10)
      expect(await textOf(part?.body)).toBe('2345')
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
      expect(await textOf((await storage.get(key))?.body)).toBe('second')
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

const s3Storage = () =>
  s3FileStorage({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: s3.bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  })
const LIMITS = { maxObjectBytes: 1024, maxTotalBytes: 4096 }

storageCases('disk', () => diskFileStorage(root))
storageCases('s3', s3Storage)
storageCases('memory-cached disk', () => memoryCachedStorage(diskFileStorage(root), LIMITS))
storageCases('memory-cached s3', () => memoryCachedStorage(s3Storage(), LIMITS))

/** The disk store, counting the reads that reached it. */
function countedDisk() {
  const disk = diskFileStorage(root)
  const reads: string[] = []
  const counted: FileStorage = {
    ...disk,
    get: (key, range) => {
      reads.push(range ? `${key} ${range.start}-${range.end}` : key)
      return disk.get(key, range)
    },
  }
  return { reads, storage: memoryCachedStorage(counted, LIMITS) }
}

describe('the memory cache in front of a store', () => {
  it('serves a small object and its ranges from memory once read or written', async () => {
    const { reads, storage } = countedDisk()
    const written = keyOf()
    const read = keyOf()
    await storage.put(written, Buffer.from('0123456789'), 'application/octet-stream')
    await diskFileStorage(root).put(read, Buffer.from('abcdef'), 'application/octet-stream')
    expect(await textOf((await storage.get(read))?.body)).toBe('abcdef')
    for (let i = 0; i < 3; i++) {
      expect(await textOf((await storage.get(read))?.body)).toBe('abcdef')
      const part = await storage.get(written, { start: 7, end: 9 })
      expect([part?.size, await textOf(part?.body)]).toEqual([10, '789'])
    }
    expect(reads).toEqual([read])
  })

  it('streams large objects and parts of uncached ones from the store every time', async () => {
    const { reads, storage } = countedDisk()
    const large = keyOf()
    const small = keyOf()
    await diskFileStorage(root).put(large, Buffer.alloc(2048, 'x'), 'application/octet-stream')
    await diskFileStorage(root).put(small, Buffer.from('0123'), 'application/octet-stream')
    for (let i = 0; i < 2; i++) {
      const whole = await storage.get(large)
      expect(Buffer.isBuffer(whole?.body)).toBe(false)
      expect((await textOf(whole?.body)).length).toBe(2048)
      expect(await textOf((await storage.get(small, { start: 1, end: 2 }))?.body)).toBe('12')
    }
    expect(reads).toEqual([large, `${small} 1-2`, large, `${small} 1-2`])
  })

  it('holds no more than its total, dropping the least recently read', async () => {
    const { reads, storage } = countedDisk()
    const keys = [keyOf(), keyOf(), keyOf(), keyOf(), keyOf()]
    for (const key of keys) await storage.put(key, Buffer.alloc(1000, 'k'), 'text/plain')
    // 5,000 bytes written into 4,096: the first is gone, the last four are held.
    for (const key of keys.slice(1)) await storage.get(key)
    expect(reads).toEqual([])
    await storage.get(keys[0] ?? '')
    expect(reads).toEqual([keys[0]])
  })

  it('forgets an object removed through it', async () => {
    const { storage } = countedDisk()
    const key = keyOf()
    await storage.put(key, Buffer.from('gone soon'), 'text/plain')
    await storage.delete(key)
    expect(await storage.get(key)).toBeUndefined()
  })
})
