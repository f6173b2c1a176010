import { type SQL, sql } from 'drizzle-orm'

// Arabic ي and ك as typed on many keyboards, Persian ی and ک as stored; ZWNJ and spaces vary
// from one writer to the next ("محمدرضا", "محمد‌رضا", "محمد رضا"), so they are left out.
const FOLD_FROM = 'يكىۀ'
const FOLD_TO = 'یکیه'
const DROPPED = /\s|\u200c|\u200d|\u200e|\u200f|\u0640/g

/** The form a name is compared in: folded letters, no joiners or spaces, lower case. */
export function nameSearchKey(text: string): string {
  let folded = ''
  for (const char of text.toLowerCase()) {
    const at = FOLD_FROM.indexOf(char)
    folded += at === -1 ? char : FOLD_TO[at]
  }
  return folded.replace(DROPPED, '')
}

/** The same folding in SQL: `translate` maps the letters and drops what has no counterpart. */
function keyOf(text: SQL): SQL {
  const from = `${FOLD_FROM} \t\n\u200c\u200d\u200f\u200e\u0640`
  return sql`translate(lower(${text}), ${from}, ${FOLD_TO})`
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Whether the user's Persian or English name contains `query`, folded the same way. */
export function nameMatches(profile: SQL, query: string): SQL | undefined {
  const key = nameSearchKey(query)
  if (!key) return undefined
  const pattern = `%${escapeLike(key)}%`
  const fa = sql`coalesce(${profile}->>'firstName', '') || coalesce(${profile}->>'lastName', '')`
  const en = sql`coalesce(${profile}->>'firstNameEn', '') || coalesce(${profile}->>'lastNameEn', '')`
  return sql`(${keyOf(fa)} LIKE ${pattern} OR ${keyOf(en)} LIKE ${pattern})`
}
