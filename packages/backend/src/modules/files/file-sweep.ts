import { deleteFiles, type FileRow, listSweepable } from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'

const BATCH = 200

type StoredObjects = Pick<FileRow, 'id' | 'storageKey' | 'fallbackKey'>

/**
 * Whether both objects of a row are gone; on a storage error the caller keeps the row (for the
 * next sweep), so a row is never left pointing at bytes that are not there.
 */
export async function removeBytes(deps: FileDeps, row: StoredObjects): Promise<boolean> {
  try {
    await deps.storage.delete(row.storageKey)
    if (row.fallbackKey) await deps.storage.delete(row.fallbackKey)
    return true
  } catch (error) {
    deps.log.warn({ err: error, fileId: row.id }, 'could not remove a stored file; retried later')
    return false
  }
}

/**
 * Removes uploads nobody put to use within FILE_UNUSED_TTL_HOURS, failed ones, attachments of
 * deleted messages (messaging knows nothing of files; the foreign key unlinks them) and deleted
 * documents whose bytes are still there (document-change.service.ts): their bytes
 * first, then their rows, so a failure in between leaves a row the next sweep retries rather
 * than a row pointing nowhere. Answers how many went.
 */
export async function sweepUnusedFiles(deps: FileDeps): Promise<number> {
  const before = new Date(deps.now().getTime() - deps.config.unusedTtlMs)
  let removed = 0
  for (;;) {
    const rows = await listSweepable(deps.db, before, BATCH)
    const gone: string[] = []
    for (const row of rows) if (await removeBytes(deps, row)) gone.push(row.id)
    await deleteFiles(deps.db, gone)
    removed += gone.length
    if (rows.length < BATCH || gone.length === 0) return removed
  }
}
