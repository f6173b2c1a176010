import { createHash, randomBytes } from 'node:crypto'
import type { RawSql } from '../../packages/backend/src/db/database.ts'

/** What the care scenarios drive: written by the app-care starter before the app boots. */
export interface CareFixture {
  /** Tehran psychologist with a realistic week and some booked sessions. */
  availability: { psychologistId: string; sessionTypeId: string; from: string; to: string }
  /** Psychologist open around the clock, whose first `slots` everybody tries to book. */
  booking: { psychologistId: string; sessionTypeId: string; slots: string[] }
  patientTokens: string[]
}

let current: CareFixture | undefined

export function careFixture(): CareFixture {
  if (!current) throw new Error('the app-care server has not prepared its fixture')
  return current
}

const DAY_MS = 86_400_000
const PATIENTS = 200
const CONTESTED_SLOTS = 100

async function insertUser(sql: RawSql, type: string, group: string, name: string) {
  const [user] = await sql.query<{ id: string }>(
    `INSERT INTO users (type, profile) VALUES ($1, $2::jsonb) RETURNING id`,
    [
      type,
      JSON.stringify({ firstName: name, lastName: 'بنچ', firstNameEn: name, lastNameEn: 'Bench' }),
    ],
  )
  if (!user) throw new Error('bench user insert failed')
  await sql.query(
    `INSERT INTO user_group_members (user_id, group_id) SELECT $1, id FROM user_groups WHERE name = $2`,
    [user.id, group],
  )
  return user.id
}

/** A live session whose token the scenario sends; the database keeps only its SHA-256. */
async function insertSession(sql: RawSql, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await sql.query(
    `INSERT INTO sessions (token, user_id, is_logged_in, expires_at)
     VALUES ($1, $2, true, now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), userId],
  )
  return token
}

async function insertPsychologist(
  sql: RawSql,
  input: {
    timeZone: string
    step: number
    minutes: number
    priceIrr: number
    rules: [number, string, string][]
  },
) {
  const id = await insertUser(sql, 'psychologist', 'psychologists', 'روان‌شناس')
  await sql.query(
    `INSERT INTO psychologist_profiles (user_id, time_zone, is_verified, min_notice_minutes,
       booking_horizon_days, slot_step_minutes, buffer_after_minutes, block_holidays)
     VALUES ($1, $2, true, 0, 365, $3, 0, true)`,
    [id, input.timeZone, input.step],
  )
  const [type] = await sql.query<{ id: string }>(
    `INSERT INTO session_types (psychologist_id, name_fa, name_en, duration_minutes, mode, price_irr)
     VALUES ($1, 'جلسه', 'Session', $2, 'video', $3) RETURNING id`,
    [id, input.minutes, input.priceIrr],
  )
  for (const [weekday, start, end] of input.rules) {
    await sql.query(
      `INSERT INTO availability_rules (psychologist_id, weekday, start_time, end_time) VALUES ($1, $2, $3, $4)`,
      [id, weekday, start, end],
    )
  }
  return { id, sessionTypeId: type?.id ?? '' }
}

const WORKING_WEEK: [number, string, string][] = [6, 7, 1, 2, 3].flatMap((day) => [
  [day, '09:00', '13:00'] as [number, string, string],
  [day, '16:00', '20:00'] as [number, string, string],
])
const ALL_DAY: [number, string, string][] = [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '00:00', '24:00'])

async function insertPatients(sql: RawSql) {
  const ids: string[] = []
  for (let i = 0; i < PATIENTS; i++)
    ids.push(await insertUser(sql, 'patient', 'patients', `بیمار${i}`))
  const tokens: string[] = []
  for (const id of ids) tokens.push(await insertSession(sql, id))
  return { ids, tokens }
}

/** Writes both psychologists, booked sessions and patients with tokens, then remembers them. */
export async function prepareCareFixture(sql: RawSql): Promise<void> {
  const week = { timeZone: 'Asia/Tehran', step: 60, minutes: 50, rules: WORKING_WEEK }
  const calendar = await insertPsychologist(sql, { ...week, priceIrr: 14_000_000 })
  const around = { timeZone: 'UTC', step: 30, minutes: 30, rules: ALL_DAY }
  const open = await insertPsychologist(sql, { ...around, priceIrr: 9_000_000 })
  const patients = await insertPatients(sql)
  // Every second day, the 10:00 Tehran session is already confirmed.
  await sql.query(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status, price_irr)
     SELECT $1, $2, d, d + interval '50 minutes', 'confirmed', 14000000
     FROM generate_series(date_trunc('day', now()) + interval '1 day 6 hours 30 minutes',
                          now() + interval '30 days', interval '2 days') AS d`,
    [patients.ids[0], calendar.id],
  )
  const firstSlot = Math.ceil((Date.now() + DAY_MS) / 1_800_000) * 1_800_000
  current = {
    availability: {
      psychologistId: calendar.id,
      sessionTypeId: calendar.sessionTypeId,
      from: new Date().toISOString(),
      to: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    },
    booking: {
      psychologistId: open.id,
      sessionTypeId: open.sessionTypeId,
      slots: Array.from({ length: CONTESTED_SLOTS }, (_, i) =>
        new Date(firstSlot + i * 1_800_000).toISOString(),
      ),
    },
    patientTokens: patients.tokens,
  }
}
