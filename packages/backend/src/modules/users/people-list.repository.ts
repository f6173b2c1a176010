import type { UserType } from '@yektayar/shared'
import { eq, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { userMfa, users } from '../../db/schema/index.ts'
import { newestFirst } from '../../lib/keyset.ts'
import { type PeopleSearch, peopleSearchOf } from './people-search.ts'
import { userColumns } from './users.repository.ts'

export interface UserListFilter {
  q?: string
  type?: UserType
  isActive?: boolean
  before?: { createdAt: Date; id: string }
  limit: number
}

type Kind = PeopleSearch['kind'] | 'all'
const param = (name: string) => sql.placeholder(name)

/**
 * Each way of matching as conditions on a row of `users`, any of which matches. Each runs as a
 * page of its own (see pageOf): PostgreSQL cannot combine an OR over a subquery through indexes.
 */
const MATCHES: Record<Kind, SQL[]> = {
  all: [sql`true`],
  phone: [
    sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = ${param('phone')})`,
  ],
  phoneLike: [
    sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value LIKE ${param('pattern')})`,
  ],
  email: [
    sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'email' AND value LIKE ${param('pattern')})`,
  ],
  name: [sql`search_key LIKE '%' || course_search_key(${param('name')}) || '%'`],
  nameOrEmail: [
    sql`search_key LIKE '%' || course_search_key(${param('name')}) || '%'`,
    sql`id IN (SELECT user_id FROM user_identifiers WHERE type = 'email' AND value LIKE ${param('pattern')})`,
  ],
}

/**
 * The list's filters, each off when its value is null. A plan made for the values (custom)
 * drops the ones that are off; one made once for any values (generic) checks them per row.
 */
const FILTERS = sql`(${param('type')}::text IS NULL OR type = ${param('type')})
  AND (${param('isActive')}::boolean IS NULL OR is_active = ${param('isActive')})
  AND (${param('beforeAt')}::timestamptz IS NULL
    OR (created_at, id) < (${param('beforeAt')}::timestamptz, ${param('beforeId')}::uuid))`

/**
 * Each way of matching picks its own first page from idx_users_newest, walking it and stopping
 * as soon as the page is full (a common name) or from a trigram index (a rare one), whichever
 * the planner finds cheaper; the pages are then merged. Raw created_at orders exactly like the
 * cursor's milliseconds because the column holds milliseconds only (migration 1020).
 */
const pageOf = (match: SQL) =>
  sql`(SELECT id FROM users WHERE ${FILTERS} AND ${match}
    ORDER BY created_at DESC, id DESC LIMIT ${param('limit')})`

/**
 * Only a whole phone number's query is a named statement: its best plan is the same for any
 * number (one row from the unique index), so PostgreSQL parses and plans it once per
 * connection and then only runs it (planning was most of its cost). The others stay unnamed
 * and are planned for their text each time, as a common name and a rare one want different
 * plans; all are built by Drizzle once.
 */
const STATEMENT_NAMES: Partial<Record<Kind, string>> = { phone: 'people_search_phone' }

function prepareList(db: Db, kind: Kind) {
  const pages = sql.join(MATCHES[kind].map(pageOf), sql` UNION `)
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(userMfa, eq(userMfa.userId, users.id))
    .where(sql`${users.id} IN (${pages})`)
    .orderBy(...newestFirst(users.createdAt, users.id))
    .limit(param('limit'))
    .prepare(STATEMENT_NAMES[kind] ?? '')
}

type PreparedList = ReturnType<typeof prepareList>
const prepared = new WeakMap<Db, Map<Kind, PreparedList>>()

function statementFor(db: Db, kind: Kind): PreparedList {
  const byKind = prepared.get(db) ?? new Map<Kind, PreparedList>()
  prepared.set(db, byKind)
  const statement = byKind.get(kind) ?? prepareList(db, kind)
  byKind.set(kind, statement)
  return statement
}

/** The admin's list and search, newest first, one extra row for paging. */
export function listUserRows(db: Db, filter: UserListFilter) {
  const search = filter.q ? peopleSearchOf(filter.q) : undefined
  return statementFor(db, search?.kind ?? 'all').execute({
    phone: null,
    pattern: null,
    name: null,
    ...search,
    type: filter.type ?? null,
    isActive: filter.isActive ?? null,
    beforeAt: filter.before?.createdAt.toISOString() ?? null,
    beforeId: filter.before?.id ?? null,
    limit: filter.limit + 1,
  })
}
