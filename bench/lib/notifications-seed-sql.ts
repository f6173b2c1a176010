import { BENCH_USERS, benchUserIdSql } from './messaging-seed-sql.ts'

/**
 * The notifications bench data set: the 10,000 bench users of the messaging seed (same ids and
 * tokens), each with a verified phone, quiet hours switched off and 100 notifications, 1,000,000
 * in all, the newest few of each person unread. Seed rows' event keys start with `seed:`; rows
 * a run adds never do, so a reset can tell them apart.
 */
export const NOTIFICATIONS_SEED_VERSION = 'notifications-v1'

export const NOTIFICATIONS_PER_USER = 100
export const SEED_EVENT_PREFIX = 'seed:'

/** Bench user `n`'s verified phone: +98912 and n in seven digits (Kavenegar: 0912…). */
export function benchUserPhone(n: number): string {
  return `+98912${String(n).padStart(7, '0')}`
}

/** The national form Kavenegar is sent: the receptor the SMS double sees for user `n`. */
export function benchUserReceptor(n: number): string {
  return `0${benchUserPhone(n).slice(3)}`
}

const CATEGORIES = [
  'appointment_reminder',
  'appointment_booked',
  'message_digest',
  'payment_receipt',
  'announcement',
]
const CATEGORY = `(ARRAY['${CATEGORIES.join("','")}'])[1 + (s % ${CATEGORIES.length})]`
// Older notifications first: s = 1 is 100 hours ago, s = 100 an hour ago.
const CREATED = `now() - make_interval(hours => ${NOTIFICATIONS_PER_USER + 1} - s, secs => n % 3600)`

export const NOTIFICATION_SEED_STATEMENTS: string[] = [
  `UPDATE users SET preferences = '{"language": "fa", "timeZone": "Asia/Tehran"}'::jsonb`,
  `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary)
   SELECT ${benchUserIdSql('n')}, 'phone', '+98912' || lpad(n::text, 7, '0'), true, true
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n`,
  // Explicit, so the reminder burst is never held back whatever time of day the bench runs
  // (the default is 22:00–08:00 in the person's zone, Asia/Tehran).
  `INSERT INTO notification_preferences (user_id, quiet_enabled)
   SELECT ${benchUserIdSql('n')}, false FROM generate_series(0, ${BENCH_USERS - 1}) AS n`,
  `INSERT INTO notifications (user_id, event_key, category, title_fa, title_en, body_fa, body_en,
     link, data, created_at, read_at)
   SELECT ${benchUserIdSql('n')}, '${SEED_EVENT_PREFIX}' || s, ${CATEGORY},
     'یادآوری نوبت مشاوره', 'Appointment reminder',
     'نوبت شما فردا ساعت ۱۰:۳۰ است — یکتایار. اگر نمی‌توانید بیایید، لطفاً از برنامه لغو کنید.',
     'Your appointment is tomorrow at 10:30 — YektaYar. If you cannot come, please cancel in the app.',
     '/appointments', '{}'::jsonb, ${CREATED},
     CASE WHEN s > ${NOTIFICATIONS_PER_USER} - n % 12 THEN NULL ELSE ${CREATED} + interval '5 minutes' END
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n, generate_series(1, ${NOTIFICATIONS_PER_USER}) AS s`,
]
