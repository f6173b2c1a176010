import { phoneSearchOf } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The admin's people search as one condition on `users.id`, shaped so each branch is answered
 * by a trigram index (migration 1020) and never by reading every user:
 * - digits (with or without +98 or the trunk zero, in any digit script): phone numbers, in the
 *   stored E.164 form, so "0912…" finds "+98912…";
 * - an `@`: email addresses;
 * - anything else: names folded with course_search_key (ي/ی, ك/ک, ZWNJ, spaces), or emails.
 * An `IN (… UNION …)` rather than `OR EXISTS`: PostgreSQL cannot combine an OR with a subquery
 * through indexes, and would scan the whole table instead.
 */
export function peopleMatch(userId: SQL, query: string): SQL {
  const phone = phoneSearchOf(query)
  if (phone) {
    const value =
      phone.kind === 'exact'
        ? escapeLike(phone.value)
        : phone.kind === 'prefix'
          ? `${escapeLike(phone.value)}%`
          : `%${phone.value}%`
    return sql`${userId} IN (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value LIKE ${value})`
  }
  const email = `%${escapeLike(query.trim().toLowerCase())}%`
  const emails = sql`SELECT user_id FROM user_identifiers WHERE type = 'email' AND value LIKE ${email}`
  if (query.includes('@')) return sql`${userId} IN (${emails})`
  const name = sql`'%' || course_search_key(${escapeLike(query)}) || '%'`
  return sql`${userId} IN (SELECT id FROM users WHERE search_key LIKE ${name} UNION ${emails})`
}
