import { phoneSearchOf } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'

/** Printable ASCII without spaces: what the addresses we store are made of. */
const couldBeInEmail = (text: string) => /^[\x21-\x7e]+$/.test(text)

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The admin's people search as conditions on a row of `users`, any of which matches; each is
 * one that an index answers (migration 1020), and the list runs each on its own (see
 * listUserRows), since PostgreSQL cannot combine an OR over a subquery through indexes:
 * - digits (with or without +98 or the trunk zero, in any digit script): phone numbers, in the
 *   stored E.164 form, so "0912…" finds "+98912…";
 * - an `@`: email addresses;
 * - anything else: names folded with course_search_key (ي/ی, ك/ک, ZWNJ, spaces), and emails
 *   when the text could be part of one (printable ASCII, no spaces).
 */
export function peopleMatches(query: string): SQL[] {
  const phone = phoneSearchOf(query)
  if (phone) {
    const value =
      phone.kind === 'exact'
        ? escapeLike(phone.value)
        : phone.kind === 'prefix'
          ? `${escapeLike(phone.value)}%`
          : `%${phone.value}%`
    return [
      sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value LIKE ${value})`,
    ]
  }
  const email = `%${escapeLike(query.trim().toLowerCase())}%`
  const emails = sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'email' AND value LIKE ${email})`
  if (query.includes('@')) return [emails]
  const name = sql`search_key LIKE '%' || course_search_key(${escapeLike(query)}) || '%'`
  // Persian letters or a space cannot be part of an address we accept, so such a query (most
  // name searches) is not also run over the emails.
  return couldBeInEmail(query.trim()) ? [name, emails] : [name]
}
