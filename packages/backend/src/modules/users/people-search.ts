import { phoneSearchOf } from '@yektayar/shared'

/** Printable ASCII without spaces: what the addresses we store are made of. */
const couldBeInEmail = (text: string) => /^[\x21-\x7e]+$/.test(text)

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The ways the admin's people search can match, each answered by an index (migration 1020):
 * - `phone`: a whole number, with or without +98 or the trunk zero, in any digit script, in
 *   the stored E.164 form, so "0912…" finds "+98912…" (the unique index on identifiers);
 * - `phoneLike`: the start or a part of a number (trigram index);
 * - `email`: an `@`, any part of an address (trigram index);
 * - `name`: names folded with course_search_key (ي/ی, ك/ک, ZWNJ, spaces; trigram index);
 * - `nameOrEmail`: text that could be either (printable ASCII, no spaces).
 */
export type PeopleSearch =
  | { kind: 'phone'; phone: string }
  | { kind: 'phoneLike'; pattern: string }
  | { kind: 'email'; pattern: string }
  | { kind: 'name'; name: string }
  | { kind: 'nameOrEmail'; name: string; pattern: string }

export function peopleSearchOf(query: string): PeopleSearch {
  const phone = phoneSearchOf(query)
  if (phone?.kind === 'exact') return { kind: 'phone', phone: phone.value }
  if (phone) {
    const value = escapeLike(phone.value)
    return { kind: 'phoneLike', pattern: phone.kind === 'prefix' ? `${value}%` : `%${value}%` }
  }
  const pattern = `%${escapeLike(query.trim().toLowerCase())}%`
  if (query.includes('@')) return { kind: 'email', pattern }
  const name = escapeLike(query)
  // Persian letters or a space cannot be part of an address we accept, so such a query (most
  // name searches) is not also run over the emails.
  return couldBeInEmail(query.trim())
    ? { kind: 'nameOrEmail', name, pattern }
    : { kind: 'name', name }
}
