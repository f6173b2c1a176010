import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import { nameMatches } from './name-search.ts'

export type DirectorySort = 'experience' | 'price_asc' | 'price_desc'

export interface DirectoryFilter {
  q?: string
  specialty?: string
  language?: string
  gender?: string
  mode?: string
  minPriceIrr?: number
  maxPriceIrr?: number
  includeUnverified: boolean
  sort: DirectorySort
  after?: { value: number; id: string }
  limit: number
}

export interface DirectoryRow {
  id: string
  userProfile: unknown
  photoUrl: string | null
  gender: string | null
  yearsOfExperience: number
  specialties: string[]
  approaches: string[]
  languages: string[]
  isVerified: boolean
  minPriceIrr: number
  modes: string[]
  /** Shortest matching session, for "available within N days". */
  minDurationMinutes: number
}

/** Session types that answer the filter: active, and of the asked mode and price. */
function matchingTypes(filter: DirectoryFilter): SQL {
  const parts: SQL[] = [sql`st.psychologist_id = p.user_id`, sql`st.is_active`]
  if (filter.mode) parts.push(sql`st.mode = ${filter.mode}`)
  if (filter.minPriceIrr !== undefined) parts.push(sql`st.price_irr >= ${filter.minPriceIrr}`)
  if (filter.maxPriceIrr !== undefined) parts.push(sql`st.price_irr <= ${filter.maxPriceIrr}`)
  return sql.join(parts, sql` AND `)
}

function profileConditions(filter: DirectoryFilter): SQL {
  const parts: SQL[] = [sql`u.is_active`, sql`u.type = 'psychologist'`]
  // Verifiers may take a verified profile out of the list (is_listed) without unverifying it.
  if (!filter.includeUnverified) parts.push(sql`p.is_verified AND p.is_listed`)
  if (filter.specialty) parts.push(sql`${filter.specialty} = ANY(p.specialties)`)
  if (filter.language) parts.push(sql`${filter.language} = ANY(p.languages)`)
  if (filter.gender) parts.push(sql`p.gender = ${filter.gender}`)
  const byName = filter.q ? nameMatches(sql`u.profile`, filter.q) : undefined
  if (byName) parts.push(byName)
  parts.push(sql`EXISTS (SELECT 1 FROM session_types st WHERE ${matchingTypes(filter)})`)
  return sql.join(parts, sql` AND `)
}

const SORTS: Record<DirectorySort, { key: SQL; order: SQL; after: SQL }> = {
  experience: {
    key: sql`d.years_of_experience`,
    order: sql`d.years_of_experience DESC, d.id ASC`,
    after: sql`<`,
  },
  price_asc: {
    key: sql`d.min_price_irr`,
    order: sql`d.min_price_irr ASC, d.id ASC`,
    after: sql`>`,
  },
  price_desc: {
    key: sql`d.min_price_irr`,
    order: sql`d.min_price_irr DESC, d.id ASC`,
    after: sql`<`,
  },
}

/** One page (plus one row to tell whether more follow), keyset-paged on (sort key, id). */
export async function listDirectory(db: Db, filter: DirectoryFilter): Promise<DirectoryRow[]> {
  const sort = SORTS[filter.sort]
  const after = filter.after
    ? sql`WHERE (${sort.key} ${sort.after} ${filter.after.value} OR (${sort.key} = ${filter.after.value} AND d.id > ${filter.after.id}::uuid))`
    : sql``
  const rows = await queryRows<DirectoryRow>(
    db,
    sql`WITH d AS (
      SELECT p.user_id AS id, u.profile AS "userProfile", p.photo_url AS "photoUrl", p.gender,
        p.years_of_experience, p.specialties, p.approaches, p.languages,
        p.is_verified AS "isVerified",
        (SELECT min(st.price_irr) FROM session_types st WHERE ${matchingTypes(filter)}) AS min_price_irr,
        (SELECT min(st.duration_minutes) FROM session_types st WHERE ${matchingTypes(filter)}) AS "minDurationMinutes",
        ARRAY(SELECT DISTINCT st.mode::text FROM session_types st
              WHERE st.psychologist_id = p.user_id AND st.is_active ORDER BY 1) AS modes
      FROM psychologist_profiles p JOIN users u ON u.id = p.user_id
      WHERE ${profileConditions(filter)}
    )
    SELECT d.*, d.years_of_experience AS "yearsOfExperience", d.min_price_irr AS "minPriceIrr"
    FROM d ${after} ORDER BY ${sort.order} LIMIT ${filter.limit + 1}`,
  )
  return rows.map((row) => ({
    ...row,
    minPriceIrr: Number(row.minPriceIrr),
    minDurationMinutes: Number(row.minDurationMinutes),
  }))
}

/** How many psychologists answer the filter (cursor and page size aside). */
export async function countDirectory(db: Db, filter: DirectoryFilter): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM psychologist_profiles p JOIN users u ON u.id = p.user_id
    WHERE ${profileConditions(filter)}`,
  )
  return row?.count ?? 0
}

export function sortValueOf(row: DirectoryRow, sort: DirectorySort): number {
  return sort === 'experience' ? row.yearsOfExperience : row.minPriceIrr
}
