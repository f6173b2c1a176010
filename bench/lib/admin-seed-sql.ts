import {
  BENCH_PSYCHOLOGISTS,
  BENCH_USER_STATEMENTS,
  BENCH_USERS,
  benchUserIdSql,
  uuidSql,
} from './messaging-seed-sql.ts'

/**
 * The admin panel's bench data set (issue 20): 100,000 users — the messaging seed's 10,000
 * bench users (same ids and tokens: 500 psychologists, the rest patients) and 90,000 more
 * patients — each with a Persian name, a phone number and an email; one admin; 300,000
 * appointments (600 per psychologist, 12 hours apart, from 240 days ago to 60 days ahead) and a
 * payment for each (300,000 transactions). Ids are md5-derived so the bench can name rows
 * without reading them back.
 */
export const ADMIN_SEED_VERSION = 'admin-v3'

export const ADMIN_USERS = 100_000
const APPOINTMENTS_PER_PSYCHOLOGIST = 600
/** The bench admin's number (after every patient): its token is benchToken(BENCH_ADMIN). */
export const BENCH_ADMIN = 100_000
/** Psychologists numbered below this are waiting for verification. */
export const UNVERIFIED_PSYCHOLOGISTS = 40

const FIRST_NAMES = ['مریم', 'علی', 'زهرا', 'حسین', 'فاطمه', 'رضا', 'سارا', 'محمد', 'نرگس', 'امیر']
const LAST_NAMES = ['احمدی', 'رضایی', 'کریمی', 'حسینی', 'موسوی', 'جعفری', 'صادقی', 'نوری']

/** Bench user n's phone, as stored (E.164): +98 912 followed by n in seven digits. */
export function benchPhone(n: number): string {
  return `+98912${String(n).padStart(7, '0')}`
}

const persianArray = (words: string[]) => `ARRAY[${words.map((w) => `'${w}'`).join(', ')}]`
const PHONE_SQL = `'+98912' || lpad(n::text, 7, '0')`
const APPOINTMENT_ID = uuidSql(`'yy-bench-appointment-' || p || '-' || j`)
const START = `date_trunc('hour', now()) - interval '240 days' + make_interval(hours => 12 * j)`
// Sessions still ahead are confirmed; those past mostly completed, some no-shows, some
// cancelled (and refunded), as a working practice's history would be.
const STATUS = `CASE WHEN ${START} > now() THEN 'confirmed'
  WHEN (p + j) % 15 = 0 THEN 'no_show' WHEN (p + j) % 8 = 0 THEN 'cancelled' ELSE 'completed' END`
const PATIENT = `${BENCH_PSYCHOLOGISTS} + (p * ${APPOINTMENTS_PER_PSYCHOLOGIST} + j) % ${ADMIN_USERS - BENCH_PSYCHOLOGISTS}`

export const ADMIN_SEED_STATEMENTS: string[] = [
  ...BENCH_USER_STATEMENTS,
  // The bench users' generic names become real-looking ones, searchable by name.
  `UPDATE users SET profile = jsonb_build_object(
     'firstName', (${persianArray(FIRST_NAMES)})[1 + n % ${FIRST_NAMES.length}],
     'lastName', (${persianArray(LAST_NAMES)})[1 + (n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] || ' ' || n),
     -- Signed up before everyone below, three minutes apart: the messaging seed made them all
     -- at one instant, a tie of 10,000 that the newest-first walk read whole for a name.
     created_at = now() - make_interval(secs => (${ADMIN_USERS - BENCH_USERS} + n) * 180)
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n WHERE users.id = ${benchUserIdSql('n')}`,
  `INSERT INTO users (id, type, profile, created_at)
   SELECT ${benchUserIdSql('n')}, 'patient', jsonb_build_object(
     'firstName', (${persianArray(FIRST_NAMES)})[1 + n % ${FIRST_NAMES.length}],
     'lastName', (${persianArray(LAST_NAMES)})[1 + (n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] || ' ' || n),
     -- One sign-up every three minutes, each at its own instant, as real sign-ups are (a few
     -- thousand shared instants made the newest-first walk sort ties it never meets in use).
     now() - make_interval(secs => (n - ${BENCH_USERS}) * 180)
   FROM generate_series(${BENCH_USERS}, ${ADMIN_USERS - 1}) AS n`,
  `INSERT INTO user_group_members (user_id, group_id)
   SELECT ${benchUserIdSql('n')}, g.id FROM generate_series(${BENCH_USERS}, ${ADMIN_USERS - 1}) AS n
   JOIN user_groups g ON g.name = 'patients'`,
  `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary)
   SELECT ${benchUserIdSql('n')}, 'phone', ${PHONE_SQL}, true, true
   FROM generate_series(0, ${ADMIN_USERS - 1}) AS n`,
  `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary)
   SELECT ${benchUserIdSql('n')}, 'email', 'user' || n || '@example.ir', true, false
   FROM generate_series(0, ${ADMIN_USERS - 1}) AS n`,
  // The admin, enrolled in two-step sign-in, with a session the bench reuses.
  `INSERT INTO users (id, type, profile)
   VALUES (${benchUserIdSql(String(BENCH_ADMIN))}, 'admin', '{"firstName": "مدیر", "lastName": "سنجش"}')`,
  `INSERT INTO user_group_members (user_id, group_id)
   SELECT ${benchUserIdSql(String(BENCH_ADMIN))}, id FROM user_groups WHERE name = 'admins'`,
  `INSERT INTO user_mfa (user_id, totp_enabled_at) VALUES (${benchUserIdSql(String(BENCH_ADMIN))}, now())`,
  `INSERT INTO sessions (token, user_id, is_logged_in, expires_at, last_activity_at, metadata)
   VALUES (encode(sha256(convert_to('bench' || lpad('${BENCH_ADMIN}', 38, '0'), 'UTF8')), 'hex'),
     ${benchUserIdSql(String(BENCH_ADMIN))}, true, now() + interval '365 days', now(), '{"bench": true}')`,
  `INSERT INTO psychologist_profiles (user_id, bio_fa, specialties, license_number, is_verified, verified_at)
   SELECT ${benchUserIdSql('n')}, 'روان‌شناس بالینی', ARRAY['anxiety', 'depression'],
     'PSY-' || lpad(n::text, 6, '0'), n >= ${UNVERIFIED_PSYCHOLOGISTS},
     CASE WHEN n >= ${UNVERIFIED_PSYCHOLOGISTS} THEN now() - interval '300 days' END
   FROM generate_series(0, ${BENCH_PSYCHOLOGISTS - 1}) AS n`,
  `INSERT INTO appointments (id, patient_id, psychologist_id, scheduled_at, duration_minutes,
     ends_at, status, mode, price_irr, confirmed_at, cancelled_at, cancelled_by_role, created_at)
   SELECT ${APPOINTMENT_ID}, ${benchUserIdSql(PATIENT)}, ${benchUserIdSql('p')}, ${START}, 50,
     ${START} + interval '50 minutes', ${STATUS},
     (ARRAY['video', 'phone', 'in_person', 'text'])[1 + j % 4], 5000000 + (p % 11) * 1000000,
     ${START} - interval '3 days',
     CASE WHEN ${STATUS} = 'cancelled' THEN ${START} - interval '1 day' END,
     CASE WHEN ${STATUS} = 'cancelled' THEN 'patient' END, ${START} - interval '3 days'
   FROM generate_series(0, ${BENCH_PSYCHOLOGISTS - 1}) AS p,
     generate_series(0, ${APPOINTMENTS_PER_PSYCHOLOGIST - 1}) AS j`,
  // One payment per appointment (the data set has no others): refunded when it was cancelled,
  // failed now and then.
  `INSERT INTO transactions (id, user_id, appointment_id, amount, type, status, gateway,
     authority, gateway_reference, created_at, completed_at)
   SELECT ${uuidSql(`'yy-bench-payment-' || a.id`)}, a.patient_id, a.id, a.price_irr, 'payment',
     CASE WHEN a.status = 'cancelled' THEN 'refunded'
       WHEN (extract(epoch FROM a.scheduled_at)::bigint / 3600) % 23 = 0 THEN 'failed'
       ELSE 'completed' END,
     'zarinpal', 'A' || lpad(row_number() OVER (ORDER BY a.id)::text, 35, '0'),
     (1000000 + row_number() OVER (ORDER BY a.id))::text,
     a.created_at, a.created_at + interval '2 minutes'
   FROM appointments a`,
  // Written with triggers off (loadWithoutIndexes): creation times to milliseconds, as the
  // users trigger of migration 1020 keeps them, so the search's keyset pages order as they compare.
  `UPDATE users SET created_at = date_trunc('milliseconds', created_at)`,
]
