import { type SQL, sql } from 'drizzle-orm'

/**
 * The public avatar address, except a patient's in discreet mode: whoever sees them by nickname
 * must not see their face either, so the URL never leaves the server (see avatarUrlOf in
 * professionals/person-name.ts).
 */
export function avatarUrlOf(usersAlias: string): SQL {
  const u = usersAlias
  return sql.raw(
    `CASE WHEN ${u}.type = 'patient' AND ${u}.preferences->>'discreetMode' = 'true' THEN NULL
      ELSE nullif(${u}.profile->>'avatarUrl', '') END`,
  )
}

/**
 * "First Last" from the profile JSON, as both front ends show a person; a patient in discreet
 * mode with a nickname shows the nickname instead (see discreetNameOf in professionals/person-name.ts).
 */
export function displayNameOf(usersAlias: string): SQL {
  const u = usersAlias
  const nickname = `nullif(trim(${u}.profile->>'displayName'), '')`
  return sql.raw(
    `CASE WHEN ${u}.type = 'patient' AND ${u}.preferences->>'discreetMode' = 'true'
        AND ${nickname} IS NOT NULL THEN ${nickname}
      ELSE trim(concat_ws(' ', ${u}.profile->>'firstName', ${u}.profile->>'lastName')) END`,
  )
}
