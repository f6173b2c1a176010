import { z } from 'zod'
import type { MemoryCacheLimits } from '../integrations/storage/memory-cached-storage.ts'
import type { S3StorageSettings } from '../integrations/storage/s3-file-storage.ts'
import { ConfigError } from './config-error.ts'
import { count, flag, int, secret, urlOf } from './env-fields.ts'

/** Where uploads are kept, how large they may be, and how long an unused one stays. */
export const filesEnvShape = {
  /** `disk` keeps files under DATA_DIR/files; `s3` sends them to an S3-compatible store. */
  FILE_STORAGE: z.enum(['disk', 's3']).default('disk'),
  S3_ENDPOINT: urlOf(/^https?$/, 'https://s3.example.com'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ACCESS_KEY_ID: secret(),
  S3_SECRET_ACCESS_KEY: secret(),
  /** Most S3-compatible stores other than AWS want `bucket` in the path, not the host name. */
  S3_FORCE_PATH_STYLE: flag().default(true),
  /** Largest image upload (avatars, photos, image attachments), in MiB. */
  FILE_IMAGE_MAX_MB: count(10, 100),
  /** Largest document or PDF attachment, in MiB. */
  FILE_DOCUMENT_MAX_MB: count(20, 500),
  /** Largest course video or audio, in MiB. */
  FILE_MEDIA_MAX_MB: count(100, 2000),
  /** What one person may keep per purpose (pending and ready files together), in MiB. */
  FILE_QUOTA_MB_PER_PURPOSE: count(200, 100_000),
  /** Uploads one person may make per hour. */
  FILE_UPLOADS_PER_HOUR: count(60, 10_000),
  /**
   * MiB of small files (1 MiB or less: pictures, PDFs) each instance keeps in memory in front of
   * the store; 0 reads every download from the store.
   */
  FILE_MEMORY_CACHE_MB: int(64, { min: 0, max: 4096 }),
  /**
   * Seconds a person's allowed download of a file (the file's row and the access decision) is
   * reused without the database; every change that takes access away drops it at once. 0 = off.
   */
  FILE_ACCESS_CACHE_SECONDS: int(5, { min: 0, max: 60 }),
  /** Hours an upload may stay unused (never set as avatar, attached or kept) before removal. */
  FILE_UNUSED_TTL_HOURS: count(24, 24 * 30),
}

type FilesEnv = z.output<z.ZodObject<typeof filesEnvShape>>

type Store = { kind: 'disk'; root: string } | ({ kind: 's3' } & S3StorageSettings)

export type StorageConfig = Store & { memoryCache: MemoryCacheLimits }

export interface FilesConfig {
  storage: StorageConfig
  maxBytes: { image: number; document: number; media: number }
  /** Only the default of the dynamic key files.quotaMbPerPurpose, which uploads read. */
  quotaBytesPerPurpose: number
  uploadsPerHour: number
  unusedTtlMs: number
  /** How long an allowed download decision is reused (file-access-cache.ts); 0 = never. */
  accessCacheMs: number
  /** Where uploads are received, whole, before they are judged and stored. */
  receivingDir: string
}

const MIB = 1024 * 1024

function storeOf(env: FilesEnv, dataDir: string): Store {
  if (env.FILE_STORAGE === 'disk') return { kind: 'disk', root: `${dataDir}/files` }
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: key, S3_SECRET_ACCESS_KEY: secretKey } = env
  if (!bucket || !key || !secretKey) {
    throw new ConfigError(
      'FILE_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    )
  }
  return {
    kind: 's3',
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket,
    accessKeyId: key,
    secretAccessKey: secretKey,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  }
}

export function filesConfigOf(env: FilesEnv, dataDir: string): FilesConfig {
  return {
    storage: {
      ...storeOf(env, dataDir),
      memoryCache: { maxObjectBytes: MIB, maxTotalBytes: env.FILE_MEMORY_CACHE_MB * MIB },
    },
    maxBytes: {
      image: env.FILE_IMAGE_MAX_MB * MIB,
      document: env.FILE_DOCUMENT_MAX_MB * MIB,
      media: env.FILE_MEDIA_MAX_MB * MIB,
    },
    quotaBytesPerPurpose: env.FILE_QUOTA_MB_PER_PURPOSE * MIB,
    uploadsPerHour: env.FILE_UPLOADS_PER_HOUR,
    unusedTtlMs: env.FILE_UNUSED_TTL_HOURS * 3600 * 1000,
    accessCacheMs: env.FILE_ACCESS_CACHE_SECONDS * 1000,
    receivingDir: `${dataDir}/tmp/uploads`,
  }
}
