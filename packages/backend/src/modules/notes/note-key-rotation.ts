import type { Db } from '../../db/database.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  countSealedToRotate,
  listSealedToRotate,
  SEALED_TABLES,
  type SealedTable,
  updateSealedContent,
} from './note.repository.ts'
import { plaintextOf } from './note.service.ts'
import { sealNote } from './note-cipher.ts'
import type { NoteDeps } from './note-deps.ts'

/** Notes written before encryption have no key id; counts name them so. */
const PLAINTEXT = '(plaintext)'

export interface RotationOptions {
  /** Notes re-sealed per transaction. */
  batchSize?: number
  /** After each committed batch. */
  onBatch?: (progress: { rotated: number; total: number }) => void
  /** Asked before each batch: true ends the run there (the command's SIGINT and SIGTERM). */
  shouldStop?: () => boolean
}

export interface RotationSummary {
  status: 'completed' | 'interrupted' | 'failed'
  toKeyId: string
  /** Notes and addenda re-sealed by this run, by the key id they were under. */
  rotatedByKey: Record<string, number>
  rotated: number
  batches: number
  /** Notes still under another key when the run ended. */
  remaining: number
  error?: string
}

/**
 * Re-seals every clinical note, and every addendum to one, that is not under the newest key of
 * NOTES_ENCRYPTION_KEYS (each row's own id stays its associated data). Each
 * batch is one transaction, so a run that dies leaves every note under a key it had (still
 * configured, still readable) and the next run goes on with what is left. Every run, finished
 * or not, writes one audit row with its counts. Notes under a key that is no longer configured
 * stop the run before anything changes.
 */
export async function rotateNoteKeys(
  deps: NoteDeps,
  options: RotationOptions = {},
): Promise<RotationSummary> {
  const current = deps.keys[0]
  if (!current) throw new Error('no notes encryption key configured')
  const summary: RotationSummary = {
    status: 'completed',
    toKeyId: current.id,
    rotatedByKey: {},
    rotated: 0,
    batches: 0,
    remaining: 0,
  }
  try {
    await rotateInBatches(deps, summary, options)
  } catch (error) {
    summary.status = 'failed'
    summary.error = (error as Error).message
    await finish(deps.db, summary).catch(() => undefined)
    throw error
  }
  await finish(deps.db, summary)
  return summary
}

async function rotateInBatches(deps: NoteDeps, summary: RotationSummary, options: RotationOptions) {
  const total = await checkedPendingCount(deps)
  for (const table of SEALED_TABLES) {
    if (!(await rotateTable(deps, table, summary, { ...options, total }))) return
  }
}

/** One table, batch by batch; false when the run was asked to stop. */
async function rotateTable(
  deps: NoteDeps,
  table: SealedTable,
  summary: RotationSummary,
  options: RotationOptions & { total: number },
): Promise<boolean> {
  const batchSize = options.batchSize ?? 200
  for (;;) {
    if (options.shouldStop?.()) {
      summary.status = 'interrupted'
      return false
    }
    const batch = await deps.db.transaction(async (tx) => {
      const rows = await listSealedToRotate(tx, table, summary.toKeyId, batchSize)
      for (const row of rows) {
        const sealed = sealNote(deps.keys, row.id, plaintextOf(deps.keys, row))
        await updateSealedContent(tx, table, row.id, sealed)
      }
      return rows
    })
    if (batch.length === 0) return true
    for (const row of batch) {
      const from = row.keyId ?? PLAINTEXT
      summary.rotatedByKey[from] = (summary.rotatedByKey[from] ?? 0) + 1
    }
    summary.rotated += batch.length
    summary.batches++
    options.onBatch?.({ rotated: summary.rotated, total: options.total })
  }
}

/** Rows of both tables still under another key, summed by key id. */
async function pendingByKey(db: Db, currentKeyId: string) {
  const byKey = new Map<string | null, number>()
  for (const table of SEALED_TABLES) {
    for (const row of await countSealedToRotate(db, table, currentKeyId)) {
      byKey.set(row.keyId, (byKey.get(row.keyId) ?? 0) + row.count)
    }
  }
  return [...byKey].map(([keyId, count]) => ({ keyId, count }))
}

/** Rows to re-seal; throws, naming them, when some are under keys no longer configured. */
async function checkedPendingCount(deps: NoteDeps): Promise<number> {
  const rows = await pendingByKey(deps.db, deps.keys[0]?.id ?? '')
  const configured = new Set(deps.keys.map((key) => key.id))
  const missing = rows.filter((row) => row.keyId !== null && !configured.has(row.keyId))
  if (missing.length > 0) {
    const named = missing.map((row) => `${row.keyId} (${row.count} notes)`).join(', ')
    throw new Error(`NOTES_ENCRYPTION_KEYS lacks keys that notes are sealed under: ${named}`)
  }
  return sumOf(rows)
}

async function finish(db: Db, summary: RotationSummary) {
  summary.remaining = sumOf(await pendingByKey(db, summary.toKeyId))
  await recordAudit(db, {
    action: 'appointment_note.rotate_keys',
    resource: 'appointment_note',
    changes: { ...summary },
  })
}

function sumOf(rows: { count: number }[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0)
}
