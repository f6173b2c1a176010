import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts'
import type { NotesKey } from '../../config/care-config.ts'
import { openNote, sealNote } from './note-cipher.ts'
import { rotateNoteKeys } from './note-key-rotation.ts'

const key = (id: string): NotesKey => ({ id, key: randomBytes(32) })
const k1 = key('k1')
const k2 = key('k2')
const k3 = key('k3')
/** Newest first, as NOTES_ENCRYPTION_KEYS lists them. */
const ALL_KEYS = [k3, k2, k1]

/** Ids in a known order: rotation walks notes by id, so a test can say where a batch ends. */
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const textOf = (n: number) => `یادداشت بالینی ${n}`

interface NoteRow {
  id: string
  key_id: string | null
  content: string
}

describe('note key rotation', () => {
  let t: TestDatabase
  const rows = () =>
    t.database.query<NoteRow>('SELECT id, key_id, content FROM appointment_notes ORDER BY id')
  const auditRows = () =>
    t.database.query<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit_logs WHERE action = 'appointment_note.rotate_keys'
       ORDER BY created_at, id`,
    )

  /** Notes 1–5 under k1, 6–9 under k2, 10 written before encryption (no key id). */
  async function seedNotes() {
    await t.database.exec('DELETE FROM appointment_notes')
    for (let n = 1; n <= 10; n++) {
      const sealed =
        n === 10
          ? { keyId: null, content: textOf(n) }
          : sealNote([n <= 5 ? k1 : k2], idOf(n), textOf(n))
      await t.database.query(
        'INSERT INTO appointment_notes (id, content, key_id) VALUES ($1, $2, $3)',
        [idOf(n), sealed.content, sealed.keyId],
      )
    }
  }

  /** Every note opens with the keys given, and says what was written. */
  async function expectReadable(keys: NotesKey[]) {
    for (const row of await rows()) {
      const n = Number(row.id.slice(-12))
      const text = row.key_id
        ? openNote(keys, row.id, { keyId: row.key_id, content: row.content })
        : row.content
      expect(text).toBe(textOf(n))
    }
  }

  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t.drop())
  beforeEach(seedNotes)

  it('re-seals notes under two old keys so the newest alone opens them; a rerun changes nothing', async () => {
    const progress: { rotated: number; total: number }[] = []
    const summary = await rotateNoteKeys(
      { db: t.database.db, keys: ALL_KEYS },
      { batchSize: 3, onBatch: (p) => progress.push(p) },
    )
    expect(summary).toMatchObject({
      status: 'completed',
      toKeyId: 'k3',
      rotated: 10,
      rotatedByKey: { k1: 5, k2: 4, '(plaintext)': 1 },
      batches: 4,
      remaining: 0,
    })
    expect(progress.at(-1)).toEqual({ rotated: 10, total: 10 })
    expect(progress).toHaveLength(4)
    const after = await rows()
    expect(after.map((row) => row.key_id)).toEqual(Array(10).fill('k3'))
    await expectReadable([k3])

    const again = await rotateNoteKeys({ db: t.database.db, keys: ALL_KEYS })
    expect(again).toMatchObject({ status: 'completed', rotated: 0, batches: 0, remaining: 0 })
    expect(await rows()).toEqual(after)

    const audits = (await auditRows()).slice(-2)
    expect(audits.map((row) => row.changes)).toEqual([
      expect.objectContaining({ status: 'completed', rotated: 10, toKeyId: 'k3' }),
      expect.objectContaining({ status: 'completed', rotated: 0 }),
    ])
  })

  it('stops between batches when asked, and a second run finishes the rest', async () => {
    let asked = 0
    const first = await rotateNoteKeys(
      { db: t.database.db, keys: ALL_KEYS },
      { batchSize: 4, shouldStop: () => asked++ >= 1 },
    )
    expect(first).toMatchObject({ status: 'interrupted', rotated: 4, remaining: 6 })
    await expectReadable(ALL_KEYS)

    const second = await rotateNoteKeys({ db: t.database.db, keys: ALL_KEYS }, { batchSize: 4 })
    expect(second).toMatchObject({ status: 'completed', rotated: 6, remaining: 0 })
    await expectReadable([k3])
  })

  it('rolls back the batch that fails, leaving every note readable, and resumes after the fix', async () => {
    // Note 6 no longer opens (its text was altered): the batch of notes 5–8 fails at it.
    await t.database.query(`UPDATE appointment_notes SET content = $2 WHERE id = $1`, [
      idOf(6),
      sealNote([k2], idOf(7), textOf(6)).content,
    ])
    await expect(
      rotateNoteKeys({ db: t.database.db, keys: ALL_KEYS }, { batchSize: 4 }),
    ).rejects.toThrow()
    const keyIds = (await rows()).map((row) => row.key_id)
    expect(keyIds.slice(0, 4)).toEqual(['k3', 'k3', 'k3', 'k3'])
    expect(keyIds[4]).toBe('k1')
    const [failed] = (await auditRows()).slice(-1)
    expect(failed?.changes).toMatchObject({ status: 'failed', rotated: 4, remaining: 6 })

    await t.database.query(`UPDATE appointment_notes SET content = $2 WHERE id = $1`, [
      idOf(6),
      sealNote([k2], idOf(6), textOf(6)).content,
    ])
    const resumed = await rotateNoteKeys({ db: t.database.db, keys: ALL_KEYS }, { batchSize: 4 })
    expect(resumed).toMatchObject({ status: 'completed', rotated: 6, remaining: 0 })
    await expectReadable([k3])
  })

  it('changes nothing while notes are under a key that is no longer configured', async () => {
    const before = await rows()
    await expect(rotateNoteKeys({ db: t.database.db, keys: [k3, k2] })).rejects.toThrow(
      'lacks keys that notes are sealed under: k1 (5 notes)',
    )
    expect(await rows()).toEqual(before)
  })
})
