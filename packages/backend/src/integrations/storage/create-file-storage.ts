import type { StorageConfig } from '../../config/files-config.ts'
import { diskFileStorage } from './disk-file-storage.ts'
import type { FileStorage } from './file-storage.ts'
import { memoryCachedStorage } from './memory-cached-storage.ts'
import { s3FileStorage } from './s3-file-storage.ts'

/**
 * Local disk by default (works offline); any S3-compatible store with FILE_STORAGE=s3. Small
 * files are kept in memory in front of either unless FILE_MEMORY_CACHE_MB is 0.
 */
export function createFileStorage(config: StorageConfig): FileStorage {
  const store = config.kind === 'disk' ? diskFileStorage(config.root) : s3FileStorage(config)
  if (config.memoryCache.maxTotalBytes === 0) return store
  return memoryCachedStorage(store, config.memoryCache)
}
