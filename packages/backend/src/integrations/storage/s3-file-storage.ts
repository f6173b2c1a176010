import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { assertStorageKey, type FileStorage } from './file-storage.ts'

export interface S3StorageSettings {
  endpoint?: string
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
}

/** The whole object's size from `bytes 0-9/1234` (a ranged answer) or the plain length. */
function totalSize(contentRange: string | undefined, contentLength: number | undefined): number {
  const total = contentRange?.match(/\/(\d+)$/)?.[1]
  return total ? Number(total) : (contentLength ?? 0)
}

/**
 * Any S3-compatible store. Checksums only when an operation requires them: since early 2025 the
 * SDK adds CRC32 trailers and aws-chunked bodies by default, which many non-AWS stores refuse.
 */
export function s3FileStorage(settings: S3StorageSettings): FileStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const Bucket = settings.bucket
  return {
    async put(key, body, contentType) {
      assertStorageKey(key)
      await client.send(
        new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }),
      )
    },
    async putFile(key, path, size, contentType) {
      assertStorageKey(key)
      const Body = createReadStream(path)
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body,
          ContentLength: size,
          ContentType: contentType,
        }),
      )
    },
    async get(key, range) {
      assertStorageKey(key)
      try {
        const answer = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: key,
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        )
        return {
          body: answer.Body as Readable,
          size: totalSize(answer.ContentRange, answer.ContentLength),
        }
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined
        throw error
      }
    },
    async delete(key) {
      assertStorageKey(key)
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }))
    },
  }
}
