import { randomUUID } from 'node:crypto'
import type { NotesKey } from '../config/config.ts'
import type { RawSql } from '../db/database.ts'
import { sealNote } from '../modules/notes/note-cipher.ts'

const SARA = '+989120000002'
const MARYAM = '+989120000101'

type PastStatus = 'completed' | 'no_show' | 'cancelled'

interface PastSession {
  daysAgo: number
  status: PastStatus
  notes?: { content: string; isPrivate: boolean }[]
}

/** Sara's weeks with Maryam: two sessions held, one missed, one cancelled and refunded. */
const PAST_SESSIONS: PastSession[] = [
  {
    daysAgo: 28,
    status: 'completed',
    notes: [
      {
        isPrivate: true,
        content:
          'جلسهٔ اول. اضطراب پیش از ارائه‌های کاری، خواب نامنظم از دو ماه پیش. برای جلسهٔ بعد: ثبت افکار.',
      },
      {
        isPrivate: false,
        content:
          'تمرین این هفته: هر شب پنج دقیقه تنفس ۴-۷-۸ و نوشتن سه فکر نگران‌کنندهٔ روز در دفترچه.',
      },
    ],
  },
  {
    daysAgo: 21,
    status: 'completed',
    notes: [
      {
        isPrivate: true,
        content: 'دفترچه را کامل آورده بود. الگوی فاجعه‌سازی دربارهٔ جلسات با مدیر؛ پیشرفت خوب.',
      },
    ],
  },
  { daysAgo: 14, status: 'no_show' },
  { daysAgo: 7, status: 'cancelled' },
]

/**
 * History for the demo patient, so every screen has something true on first start: past
 * sessions held and missed, the psychologist's notes (sealed with the notes keys exactly as
 * the notes service seals them), payments with a refund, and a conversation. Written once,
 * inside the first-start transaction, in development demo seeding only.
 */
export async function seedDemoHistory(sql: RawSql, notesKeys: NotesKey[]): Promise<void> {
  const people = await sql.query<{ patient: string; psychologist: string }>(
    `SELECT (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $1) AS patient,
            (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $2) AS psychologist`,
    [SARA, MARYAM],
  )
  const pair = people[0]
  if (!pair?.patient || !pair.psychologist) return
  const [type] = await sql.query<{ id: string; minutes: number; mode: string; price: string }>(
    `SELECT id, duration_minutes AS minutes, mode, price_irr AS price FROM session_types
     WHERE psychologist_id = $1 AND price_irr > 0 ORDER BY sort_order LIMIT 1`,
    [pair.psychologist],
  )
  if (!type) return
  for (const [index, session] of PAST_SESSIONS.entries()) {
    const appointmentId = await insertPastSession(sql, pair, type, session)
    const paymentId = await insertPayment(
      sql,
      pair.patient,
      appointmentId,
      Number(type.price),
      index,
    )
    if (session.status === 'cancelled') {
      await insertRefund(sql, pair.patient, appointmentId, paymentId, Number(type.price))
    }
    for (const note of session.notes ?? []) {
      await insertNote(sql, notesKeys, appointmentId, pair.psychologist, note)
    }
  }
  await insertConversation(sql, pair)
}

// 10:00 in Tehran on the day `daysAgo` days back.
const SESSION_START = `date_trunc('day', now()) - make_interval(days => $1::int) + interval '6 hours 30 minutes'`

async function insertPastSession(
  sql: RawSql,
  pair: { patient: string; psychologist: string },
  type: { id: string; minutes: number; mode: string; price: string },
  session: PastSession,
): Promise<string> {
  const cancelled = session.status === 'cancelled'
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO appointments (patient_id, psychologist_id, session_type_id, mode, price_irr,
       scheduled_at, duration_minutes, ends_at, status, confirmed_at, announced_at,
       cancelled_by, cancelled_by_role, cancelled_at, cancel_reason, refundable, created_at)
     SELECT $2::uuid, $3::uuid, $4::uuid, $5, $6::bigint, s, $7::int, s + make_interval(mins => $7::int), $8, s - interval '3 days',
       s - interval '3 days', $9::uuid, $10, $11::timestamptz, $12, $13, s - interval '3 days'
     FROM (SELECT ${SESSION_START} AS s) AS start
     RETURNING id`,
    [
      session.daysAgo,
      pair.patient,
      pair.psychologist,
      type.id,
      type.mode,
      type.price,
      type.minutes,
      session.status,
      cancelled ? pair.patient : null,
      cancelled ? 'patient' : null,
      cancelled ? new Date(Date.now() - (session.daysAgo + 2) * 86_400_000) : null,
      cancelled ? 'سفر کاری پیش آمد.' : null,
      cancelled ? true : null,
    ],
  )
  if (!row) throw new Error('demo appointment insert returned no row')
  return row.id
}

async function insertPayment(
  sql: RawSql,
  patient: string,
  appointmentId: string,
  amount: number,
  index: number,
): Promise<string> {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO transactions (user_id, amount, type, status, gateway, authority, gateway_reference,
       card_pan, appointment_id, metadata, created_at, completed_at, updated_at)
     SELECT $1::uuid, $2::bigint, 'payment', 'completed', 'sandbox', $3, $4, '603799******1234', $5::uuid,
       jsonb_build_object('appointmentId', $5::text), a.created_at, a.created_at, a.created_at
     FROM appointments a WHERE a.id = $5::uuid
     RETURNING id`,
    [
      patient,
      amount,
      `SDEMO${randomUUID().replaceAll('-', '')}`,
      String(740_210 + index),
      appointmentId,
    ],
  )
  if (!row) throw new Error('demo payment insert returned no row')
  return row.id
}

async function insertRefund(
  sql: RawSql,
  patient: string,
  appointmentId: string,
  paymentId: string,
  amount: number,
) {
  await sql.query(
    `INSERT INTO transactions (user_id, amount, type, status, appointment_id,
       original_transaction_id, note, metadata, created_at, completed_at, updated_at)
     SELECT $1::uuid, $2::bigint, 'refund', 'completed', $3::uuid, $4::uuid, $5,
       jsonb_build_object('appointmentId', $3::text), a.cancelled_at, a.cancelled_at + interval '1 day',
       a.cancelled_at + interval '1 day'
     FROM appointments a WHERE a.id = $3::uuid`,
    [patient, amount, appointmentId, paymentId, 'Cancelled more than 24 hours ahead'],
  )
}

async function insertNote(
  sql: RawSql,
  keys: NotesKey[],
  appointmentId: string,
  author: string,
  note: { content: string; isPrivate: boolean },
) {
  const id = randomUUID()
  const sealed = sealNote(keys, id, note.content)
  await sql.query(
    `INSERT INTO appointment_notes (id, appointment_id, author_id, content, is_private, key_id,
       created_at, updated_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, $4, $5, $6, a.ends_at + interval '10 minutes', a.ends_at + interval '10 minutes'
     FROM appointments a WHERE a.id = $2::uuid`,
    [id, appointmentId, author, sealed.content, note.isPrivate, sealed.keyId],
  )
}

const CONVERSATION: { from: 'patient' | 'psychologist'; text: string; minutesAgo: number }[] = [
  {
    from: 'patient',
    text: 'سلام دکتر، تمرین تنفس را این هفته هر شب انجام دادم.',
    minutesAgo: 3 * 1440,
  },
  {
    from: 'psychologist',
    text: 'سلام سارا، عالی است 🌱 خوابتان چطور بوده؟',
    minutesAgo: 3 * 1440 - 40,
  },
  {
    from: 'patient',
    text: 'بهتر شده، ولی شب‌های قبل از جلسهٔ کاری هنوز سخت است.',
    minutesAgo: 2 * 1440,
  },
  {
    from: 'psychologist',
    text: 'طبیعی است. در جلسهٔ بعد روی همین شب‌ها کار می‌کنیم.',
    minutesAgo: 2 * 1440 - 15,
  },
]

/**
 * The direct thread of Sara and Maryam with a few messages, written as the send path leaves a
 * thread: each message with its sequence number, the thread pointing at the last one, and
 * read markers (Maryam's last reply unread by Sara).
 */
async function insertConversation(sql: RawSql, pair: { patient: string; psychologist: string }) {
  const [thread] = await sql.query<{ id: string }>(
    `INSERT INTO message_threads (kind, direct_key, created_by, last_seq, last_message_at, created_at)
     VALUES ('direct', $1, $2, $3, date_trunc('milliseconds', now()) - make_interval(mins => $4),
       date_trunc('milliseconds', now()) - make_interval(mins => $5))
     RETURNING id`,
    [
      `${pair.patient}:${pair.psychologist}`,
      pair.patient,
      CONVERSATION.length,
      CONVERSATION.at(-1)?.minutesAgo ?? 0,
      CONVERSATION[0]?.minutesAgo ?? 0,
    ],
  )
  if (!thread) throw new Error('demo thread insert returned no row')
  let lastId = ''
  for (const [index, message] of CONVERSATION.entries()) {
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO messages (thread_id, sender_id, content, seq, created_at)
       VALUES ($1, $2, $3, $4, date_trunc('milliseconds', now()) - make_interval(mins => $5))
       RETURNING id`,
      [
        thread.id,
        message.from === 'patient' ? pair.patient : pair.psychologist,
        message.text,
        index + 1,
        message.minutesAgo,
      ],
    )
    lastId = row?.id ?? lastId
  }
  await sql.query('UPDATE message_threads SET last_message_id = $2 WHERE id = $1', [
    thread.id,
    lastId,
  ])
  await sql.query(
    `INSERT INTO thread_participants (thread_id, user_id, role, last_read_seq)
     VALUES ($1, $2, 'member', $4 - 1), ($1, $3, 'member', $4)`,
    [thread.id, pair.patient, pair.psychologist, CONVERSATION.length],
  )
}
