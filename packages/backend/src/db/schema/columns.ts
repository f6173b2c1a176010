import { type AnyPgColumn, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core'

// Column shapes every table repeats, written once so the schema cannot drift between tables.

/** The surrogate key: a random UUID the database fills in. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom()

/** An instant: every time in the schema is TIMESTAMPTZ, so it means the same in any zone. */
export const instant = (name: string) => timestamp(name, { withTimezone: true })

/** When the row was written; nullable, as in the seed schema (see `notNull()` where a table says otherwise). */
export const createdAtColumn = () => instant('created_at').defaultNow()

/** When the row last changed; the application sets it on update. */
export const updatedAtColumn = () => instant('updated_at').defaultNow()

/** A required reference to a row whose deletion takes this one with it (a person's own rows, memberships). */
export const cascadingRef = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target, { onDelete: 'cascade' })

/** A JSON object of free-form fields (profile, preferences, metadata), `{}` until set. */
export const jsonObject = (name: string) => jsonb(name).$type<Record<string, unknown>>().default({})
