import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts'
import type { Database } from './database.ts'

let testDatabase: TestDatabase
let database: Database

beforeAll(async () => {
  testDatabase = await createTestDatabase()
  database = testDatabase.database
})

afterAll(async () => {
  await testDatabase?.drop()
})

async function insertUser(type: 'patient' | 'psychologist'): Promise<string> {
  const [row] = await database.query<{ id: string }>(
    'INSERT INTO users (type) VALUES ($1) RETURNING id',
    [type],
  )
  if (!row) throw new Error('user insert returned no row')
  return row.id
}

interface Booking {
  psychologistId: string
  patientId: string
  from: string
  to: string
  status: string
}

async function book({ psychologistId, patientId, from, to, status }: Booking): Promise<string> {
  const [row] = await database.query<{ id: string }>(
    `INSERT INTO appointments (psychologist_id, patient_id, scheduled_at, ends_at, status)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [psychologistId, patientId, from, to, status],
  )
  if (!row) throw new Error('appointment insert returned no row')
  return row.id
}

/** The SQLSTATE a statement fails with; both drivers expose it as `code`. */
async function sqlStateOf(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    return String((error as { code?: unknown }).code)
  }
  throw new Error('the statement succeeded')
}

const EXCLUSION_VIOLATION = '23P01'
const INSUFFICIENT_PRIVILEGE = '42501'

describe('appointments never overlap for one psychologist', () => {
  let psychologistId: string
  let otherPsychologistId: string
  let patientId: string
  const at = (time: string) => `2030-03-01T${time}:00Z`

  beforeAll(async () => {
    psychologistId = await insertUser('psychologist')
    otherPsychologistId = await insertUser('psychologist')
    patientId = await insertUser('patient')
  })

  it('rejects a pending or confirmed appointment overlapping a live one, whatever the code does', async () => {
    const first = { psychologistId, patientId, from: at('10:00'), to: at('11:00') }
    await book({ ...first, status: 'confirmed' })
    for (const status of ['pending', 'confirmed']) {
      const overlapping = book({ ...first, from: at('10:30'), to: at('10:50'), status })
      expect(await sqlStateOf(overlapping)).toBe(EXCLUSION_VIOLATION)
    }
  })

  it('allows back-to-back sessions, other psychologists, and finished or cancelled ones', async () => {
    const base = { psychologistId, patientId }
    await book({ ...base, from: at('11:00'), to: at('12:00'), status: 'pending' })
    await book({
      psychologistId: otherPsychologistId,
      patientId,
      from: at('10:30'),
      to: at('10:50'),
      status: 'confirmed',
    })
    await book({ ...base, from: at('10:30'), to: at('10:50'), status: 'cancelled' })
    await book({ ...base, from: at('10:30'), to: at('10:50'), status: 'no_show' })
  })

  it('frees the time once the appointment holding it is cancelled', async () => {
    const slot = { psychologistId, patientId, from: at('14:00'), to: at('15:00') }
    const held = await book({ ...slot, status: 'pending' })
    expect(await sqlStateOf(book({ ...slot, status: 'pending' }))).toBe(EXCLUSION_VIOLATION)
    await database.query(`UPDATE appointments SET status = 'cancelled' WHERE id = $1`, [held])
    await book({ ...slot, status: 'pending' })
  })
})

describe('audit_logs is append-only', () => {
  let id: string

  beforeAll(async () => {
    const [row] = await database.query<{ id: string }>(
      `INSERT INTO audit_logs (action, resource, resource_id) VALUES ('note.read', 'note', '1')
       RETURNING id`,
    )
    id = row?.id ?? ''
  })

  it('accepts new rows', async () => {
    const rows = await database.query('SELECT action FROM audit_logs WHERE id = $1', [id])
    expect(rows).toEqual([{ action: 'note.read' }])
  })

  it('refuses UPDATE, DELETE and TRUNCATE, and the row stays as written', async () => {
    const attempts = [
      () => database.query(`UPDATE audit_logs SET action = 'nothing.happened' WHERE id = $1`, [id]),
      () => database.query('DELETE FROM audit_logs WHERE id = $1', [id]),
      () => database.query('TRUNCATE audit_logs'),
    ]
    for (const attempt of attempts) {
      expect(await sqlStateOf(attempt())).toBe(INSUFFICIENT_PRIVILEGE)
    }
    const rows = await database.query('SELECT action FROM audit_logs WHERE id = $1', [id])
    expect(rows).toEqual([{ action: 'note.read' }])
  })
})

describe('companion messages', () => {
  const CHECK_VIOLATION = '23514'
  const UNIQUE_VIOLATION = '23505'
  let conversationId: string

  beforeAll(async () => {
    const userId = await insertUser('patient')
    const [row] = await database.query<{ id: string }>(
      'INSERT INTO companion_conversations (user_id) VALUES ($1) RETURNING id',
      [userId],
    )
    conversationId = row?.id ?? ''
  })

  const insert = (values: {
    role?: string
    status?: string
    kind?: string | null
    client?: string
  }) =>
    database.query(
      `INSERT INTO companion_messages (conversation_id, role, status, kind, client_message_id)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        conversationId,
        values.role ?? 'assistant',
        values.status ?? 'complete',
        values.kind ?? null,
        values.client ?? null,
      ],
    )

  it('refuses values outside their vocabularies', async () => {
    expect(await sqlStateOf(insert({ role: 'system' }))).toBe(CHECK_VIOLATION)
    expect(await sqlStateOf(insert({ status: 'typing' }))).toBe(CHECK_VIOLATION)
    expect(await sqlStateOf(insert({ kind: 'human' }))).toBe(CHECK_VIOLATION)
    expect(
      await sqlStateOf(
        database.query(`UPDATE companion_conversations SET retention = 'forever' WHERE id = $1`, [
          conversationId,
        ]),
      ),
    ).toBe(CHECK_VIOLATION)
  })

  it('holds one streaming reply per conversation and one message per client id', async () => {
    await insert({ status: 'streaming', kind: 'model' })
    expect(await sqlStateOf(insert({ status: 'streaming', kind: 'model' }))).toBe(UNIQUE_VIOLATION)
    const client = '6f1c2e4a-9b7d-4c3e-8a2f-1d0e9c8b7a65'
    await insert({ role: 'user', client })
    expect(await sqlStateOf(insert({ role: 'user', client }))).toBe(UNIQUE_VIOLATION)
  })

  it('goes with its conversation', async () => {
    await database.query('DELETE FROM companion_conversations WHERE id = $1', [conversationId])
    const left = await database.query(
      'SELECT id FROM companion_messages WHERE conversation_id = $1',
      [conversationId],
    )
    expect(left).toEqual([])
  })
})
