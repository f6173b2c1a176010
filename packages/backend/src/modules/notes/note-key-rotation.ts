import type { Db } from '../../db/database.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { countNotesToRotate, listNotesToRotate, updateSealedContent } from './note.repository.ts'
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
  /** Notes re-sealed by this run, by the key id they were under. */
  rotatedByKey: Record<string, number>
  rotated: number
  batches: number
  /** Notes still under another key when the run ended. */
  remaining: number
  error?: string
}

/**
 * Re-seals every clinical note that is not under the newest key of NOTES_ENCRYPTION_KEYS. Each
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
  const batchSize = options.batchSize ?? 200
  for (;;) {
    if (options.shouldStop?.()) {
      summary.status = 'interrupted'
      return
    }
    const batch = await deps.db.transaction(async (tx) => {
      const rows = await listNotesToRotate(tx, summary.toKeyId, batchSize)
      for (const row of rows) {
        const sealed = sealNote(deps.keys, row.id, plaintextOf(deps.keys, row))
        await updateSealedContent(tx, row.id, sealed)
      }
      return rows
    })
    if (batch.length === 0) return
    for (const row of batch) {
      const from = row.keyId ?? PLAINTEXT
      summary.rotatedByKey[from] = (summary.rotatedByKey[from] ?? 0) + 1
    }
    summary.rotated += batch.length
    summary.batches++
    options.onBatch?.({ rotated: summary.rotated, total })
  }
}

/** Notes to re-seal; throws, naming them, when some are under keys no longer configured. */
async function checkedPendingCount(deps: NoteDeps): Promise<number> {
  const rows = await countNotesToRotate(deps.db, deps.keys[0]?.id ?? '')
  const configured = new Set(deps.keys.map((key) => key.id))
  const missing = rows.filter((row) => row.keyId !== null && !configured.has(row.keyId))
  if (missing.length > 0) {
    const named = missing.map((row) => `${row.keyId} (${row.count} notes)`).join(', ')
    throw new Error(`NOTES_ENCRYPTION_KEYS lacks keys that notes are sealed under: ${named}`)
  }
  return sumOf(rows)
}

async function finish(db: Db, summary: RotationSummary) {
  summary.remaining = sumOf(await countNotesToRotate(db, summary.toKeyId))
  await recordAudit(db, {
    action: 'appointment_note.rotate_keys',
    resource: 'appointment_note',
    changes: { ...summary },
  })
}

function sumOf(rows: { count: number }[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0)
}
