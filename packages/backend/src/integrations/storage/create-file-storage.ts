import type { StorageConfig } from '../../config/files-config.ts'
import { diskFileStorage } from './disk-file-storage.ts'
import type { FileStorage } from './file-storage.ts'
import { s3FileStorage } from './s3-file-storage.ts'

/** Local disk by default (works offline); any S3-compatible store with FILE_STORAGE=s3. */
export function createFileStorage(config: StorageConfig): FileStorage {
  return config.kind === 'disk' ? diskFileStorage(config.root) : s3FileStorage(config)
}
