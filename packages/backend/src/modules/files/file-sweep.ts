import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  deleteFiles,
  forgetRemovals,
  listQueuedRemovals,
  listSweepable,
} from './file.repository.ts'
import type { FileDeps } from './file-deps.ts'

const BATCH = 200

/**
 * Uploads nobody put to use within FILE_UNUSED_TTL_HOURS, failed ones, and attachments of
 * deleted messages (messaging knows nothing of files; the foreign key unlinks them). Deleting the
 * rows queues their objects (the database trigger), which `removeQueuedObjects` then removes.
 */
async function deleteUnusedRows(deps: FileDeps): Promise<number> {
  const before = new Date(deps.now().getTime() - deps.config.unusedTtlMs)
  let deleted = 0
  for (;;) {
    const ids = (await listSweepable(deps.db, before, BATCH)).map((row) => row.id)
    await deleteFiles(deps.db, ids)
    await deps.accessCache.forgetFiles(ids)
    deleted += ids.length
    if (ids.length < BATCH) return deleted
  }
}

/** Whether the object is gone; a storage error keeps it queued for the next sweep. */
async function removeObject(deps: FileDeps, key: string): Promise<boolean> {
  try {
    await deps.storage.delete(key)
    return true
  } catch (error) {
    deps.log.warn({ err: error, key }, 'could not remove a stored file; retried later')
    return false
  }
}

/**
 * These queued objects out of storage, then out of the queue; those storage refuses stay
 * queued for the next sweep. Answers how many went. A document its owner deletes has its
 * objects removed at once this way (document-change.service.ts) rather than at the next sweep.
 */
export async function removeQueued(deps: FileDeps, keys: string[]): Promise<number> {
  const gone: string[] = []
  for (const key of keys) if (await removeObject(deps, key)) gone.push(key)
  await forgetRemovals(deps.db, gone)
  return gone.length
}

/**
 * The objects of every deleted row, whoever deleted it: the sweep above, a deleted account
 * (its files cascade) or anything later. Removed first, forgotten after, so nothing is lost
 * between the two.
 */
async function removeQueuedObjects(deps: FileDeps): Promise<void> {
  for (;;) {
    const keys = await listQueuedRemovals(deps.db, BATCH)
    const removed = await removeQueued(deps, keys)
    if (keys.length < BATCH || removed === 0) return
  }
}

/** An upload still being received after this long was left by a process that stopped. */
const RECEIVING_FOR_AT_MOST_MS = 3_600_000

/** Files a crashed or killed process left in the receiving folder (a live one removes its own). */
async function removeAbandonedUploads(deps: FileDeps): Promise<void> {
  const dir = deps.config.receivingDir
  const names = await readdir(dir).catch(() => [])
  const before = deps.now().getTime() - RECEIVING_FOR_AT_MOST_MS
  for (const name of names) {
    const path = join(dir, name)
    const modified = await stat(path).then(
      (info) => info.mtimeMs,
      () => Infinity,
    )
    if (modified < before) await rm(path, { force: true })
  }
}

/**
 * The files sweep: unused rows out, then every queued object out of storage, then uploads
 * abandoned half-received. Answers how many rows went.
 */
export async function sweepUnusedFiles(deps: FileDeps): Promise<number> {
  const deleted = await deleteUnusedRows(deps)
  await removeQueuedObjects(deps)
  await removeAbandonedUploads(deps)
  return deleted
}
