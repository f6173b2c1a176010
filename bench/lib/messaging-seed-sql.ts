import { createHash } from 'node:crypto'

/**
 * The messaging bench data set, written by generate_series in a few statements: 10,000 users
 * (500 psychologists with 35 threads each, 9,500 patients), 20,000 direct threads with 50
 * messages each (1,000,000 messages), a session per user, and read markers that leave some
 * messages unread. Ids are md5-derived so the bench can name rows without reading them back.
 */
export const BENCH_SEED_VERSION = 'messaging-v5'

export const BENCH_USERS = 10_000
export const BENCH_PSYCHOLOGISTS = 500
export const BENCH_THREADS = 20_000
export const MESSAGES_PER_THREAD = 50
/** Threads from here on pair two patients, each person in exactly one: the fan-out pairs. */
export const FIRST_PAIR_THREAD = 17_500
export const PAIR_COUNT = BENCH_THREADS - FIRST_PAIR_THREAD

/** The session token of bench user `n`; the database keeps only its SHA-256. */
export function benchToken(n: number): string {
  return `bench${String(n).padStart(38, '0')}`
}

/**
 * A deterministic UUID from a name: its md5 with the version-4 and RFC variant nibbles set, so
 * the API's UUID validation takes it like any gen_random_uuid() id.
 */
export function uuidSql(name: string): string {
  return `overlay(overlay(md5(${name}) placing '4' from 13) placing '8' from 17)::uuid`
}

/** Bench user `n`'s id, as the seed computes it. */
export function benchUserIdSql(expression: string): string {
  return uuidSql(`'yy-bench-user-' || (${expression})`)
}

// Participants of thread i: a busy psychologist and a patient, or a pair of patients.
const FIRST = `CASE WHEN i < ${FIRST_PAIR_THREAD} THEN i % ${BENCH_PSYCHOLOGISTS}
  ELSE ${BENCH_PSYCHOLOGISTS} + 2 * (i - ${FIRST_PAIR_THREAD}) END`
// Psychologist r = i % 500 gets patients 19r, 19r + 1, … (35 of them, one direct thread each).
const SECOND = `CASE WHEN i < ${FIRST_PAIR_THREAD}
    THEN ${BENCH_PSYCHOLOGISTS} + ((i % ${BENCH_PSYCHOLOGISTS}) * 19 + i / ${BENCH_PSYCHOLOGISTS}) % ${BENCH_USERS - BENCH_PSYCHOLOGISTS}
  ELSE ${BENCH_PSYCHOLOGISTS + 1} + 2 * (i - ${FIRST_PAIR_THREAD}) END`
const THREAD_ID = uuidSql(`'yy-bench-thread-' || i`)
const MESSAGE_TIME = (seq: string) =>
  `date_trunc('milliseconds', now() - interval '40 days' + make_interval(secs => i + ${seq} * 60000))`

/**
 * The 10,000 bench users with their groups, staff MFA and a session each: the part of this
 * seed other bench data sets (notifications) start from, so `benchToken(n)` signs in anywhere.
 */
export const BENCH_USER_STATEMENTS: string[] = [
  `INSERT INTO users (id, type, profile)
   SELECT ${benchUserIdSql('n')}, CASE WHEN n < ${BENCH_PSYCHOLOGISTS} THEN 'psychologist' ELSE 'patient' END,
     jsonb_build_object('firstName', 'کاربر', 'lastName', n::text)
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n`,
  `INSERT INTO user_group_members (user_id, group_id)
   SELECT ${benchUserIdSql('n')}, g.id FROM generate_series(0, ${BENCH_USERS - 1}) AS n
   JOIN user_groups g ON g.name = CASE WHEN n < ${BENCH_PSYCHOLOGISTS} THEN 'psychologists' ELSE 'patients' END`,
  // Production requires staff TOTP; the bench psychologists count as enrolled (no secret: the
  // bench never asks for a code, it reuses the sessions below).
  `INSERT INTO user_mfa (user_id, totp_enabled_at)
   SELECT ${benchUserIdSql('n')}, now() FROM generate_series(0, ${BENCH_PSYCHOLOGISTS - 1}) AS n`,
  `INSERT INTO sessions (token, user_id, is_logged_in, expires_at, last_activity_at, metadata)
   SELECT encode(sha256(convert_to('bench' || lpad(n::text, 38, '0'), 'UTF8')), 'hex'),
     ${benchUserIdSql('n')}, true, now() + interval '365 days', now(), '{"bench": true}'::jsonb
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n`,
]

export const SEED_STATEMENTS: string[] = [
  ...BENCH_USER_STATEMENTS,
  `INSERT INTO message_threads (id, kind, direct_key, status, last_seq, last_message_id,
     last_message_at, created_at, updated_at)
   SELECT ${THREAD_ID}, 'direct', ${benchUserIdSql(SECOND)}::text || ':' || ${benchUserIdSql(FIRST)}::text,
     'open', ${MESSAGES_PER_THREAD},
     ${uuidSql(`'yy-bench-message-' || i || '-' || ${MESSAGES_PER_THREAD}`)},
     ${MESSAGE_TIME(String(MESSAGES_PER_THREAD))}, ${MESSAGE_TIME('0')}, ${MESSAGE_TIME('0')}
   FROM generate_series(0, ${BENCH_THREADS - 1}) AS i`,
  `INSERT INTO thread_participants (thread_id, user_id, role, joined_at, last_read_seq)
   SELECT ${THREAD_ID}, ${benchUserIdSql(FIRST)}, 'member', ${MESSAGE_TIME('0')}, i % ${MESSAGES_PER_THREAD}
   FROM generate_series(0, ${BENCH_THREADS - 1}) AS i
   UNION ALL
   SELECT ${THREAD_ID}, ${benchUserIdSql(SECOND)}, 'member', ${MESSAGE_TIME('0')}, ${MESSAGES_PER_THREAD} - i % 7
   FROM generate_series(0, ${BENCH_THREADS - 1}) AS i`,
  `INSERT INTO messages (id, thread_id, sender_id, content, seq, created_at)
   SELECT ${uuidSql(`'yy-bench-message-' || i || '-' || s`)}, ${THREAD_ID},
     CASE WHEN s % 2 = 1 THEN ${benchUserIdSql(FIRST)} ELSE ${benchUserIdSql(SECOND)} END,
     'پیام آزمایشی ' || s || ' در گفتگوی ' || i || ' — سلام، حال شما چطور است؟', s, ${MESSAGE_TIME('s')}
   FROM generate_series(0, ${BENCH_THREADS - 1}) AS i, generate_series(1, ${MESSAGES_PER_THREAD}) AS s`,
  // Psychologist 0 works the safety queue: the crisis-alert scenario listens on their socket.
  `INSERT INTO user_permissions (user_id, permission_id)
   SELECT ${benchUserIdSql('0')}, id FROM permissions WHERE name = 'safety.respond'`,
  'ANALYZE',
]

/** The JavaScript twin of uuidSql: the same md5-derived version-4 UUID for a name. */
export function benchUuid(name: string): string {
  const hex = createHash('md5').update(name).digest('hex')
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`
}

/** The id the seed gives thread `i`. */
export function benchThreadId(i: number): string {
  return benchUuid(`yy-bench-thread-${i}`)
}

/** The patient of psychologist-thread `i` (i below FIRST_PAIR_THREAD), as the seed pairs them. */
export function benchPatientOfThread(i: number): number {
  const patients = BENCH_USERS - BENCH_PSYCHOLOGISTS
  return (
    BENCH_PSYCHOLOGISTS +
    (((i % BENCH_PSYCHOLOGISTS) * 19 + Math.floor(i / BENCH_PSYCHOLOGISTS)) % patients)
  )
}

/** The id the seed gives bench user `n` (benchUserIdSql's twin). */
export function benchUserId(n: number): string {
  return benchUuid(`yy-bench-user-${n}`)
}
