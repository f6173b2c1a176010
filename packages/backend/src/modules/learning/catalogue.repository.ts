import type { CourseContentType, CourseDifficulty } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRowsPrepared } from '../../db/sql-query.ts'

/** A catalogue row: the course, its lesson count and the viewer's enrolment (e_*, or nulls). */
export interface CatalogueRow {
  id: string
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  thumbnail_url: string | null
  content_type: CourseContentType | null
  difficulty: CourseDifficulty | null
  duration_minutes: number | null
  tags: string[] | null
  price_irr: number | string
  is_published: boolean | null
  published_at: string | null
  created_at: string
  lesson_count: number
  e_id: string | null
  e_progress: number | null
  e_started_at: string | null
  e_completed_at: string | null
  e_last_activity_at: string | null
}

export interface CatalogueFilter {
  /** Whose enrolments come with the rows; null for someone not signed in. */
  viewerId: string | null
  q?: string
  tags?: string[]
  difficulty?: CourseDifficulty
  contentType?: CourseContentType
  price?: 'free' | 'paid'
  minMinutes?: number
  maxMinutes?: number
  /** Unpublished courses too, ordered by creation (authoring); else published ones by publication. */
  drafts: boolean
  /** The last row of the previous page, in the list's order. */
  after?: { at: string; id: string }
  limit: number
}

/** `{a,b}`: a text[] literal, for values that need no quoting (tags are slugs). */
const textArray = (values: string[]) => `{${values.join(',')}}`

function conditionsOf(filter: CatalogueFilter, orderKey: SQL): SQL[] {
  const where: SQL[] = filter.drafts ? [] : [sql`c.is_published`]
  // Folded by the same IMMUTABLE function as the stored key (migration 0800).
  if (filter.q) where.push(sql`strpos(c.search_key, course_search_key(${filter.q})) > 0`)
  if (filter.tags?.length) where.push(sql`c.tags && ${textArray(filter.tags)}::text[]`)
  if (filter.difficulty) where.push(sql`c.difficulty = ${filter.difficulty}`)
  if (filter.contentType) where.push(sql`c.content_type = ${filter.contentType}`)
  if (filter.price === 'free') where.push(sql`c.price_irr = 0`)
  if (filter.price === 'paid') where.push(sql`c.price_irr > 0`)
  const minutes = sql`coalesce(c.duration_minutes, 0)`
  if (filter.minMinutes !== undefined) where.push(sql`${minutes} >= ${filter.minMinutes}`)
  if (filter.maxMinutes !== undefined) where.push(sql`${minutes} <= ${filter.maxMinutes}`)
  if (filter.after) {
    where.push(
      sql`(${orderKey}, c.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`,
    )
  }
  return where
}

/**
 * One page of the catalogue in one statement: the page's courses by the catalogue index
 * (published_at DESC, id DESC, partial on is_published; publication times are written in whole
 * milliseconds, as cursors carry them), and for those rows only their lesson count and the
 * viewer's enrolment through the (user_id, course_id) unique index. One row more than asked
 * tells whether there is a next page.
 */
export function listCatalogueRows(db: Db, filter: CatalogueFilter): Promise<CatalogueRow[]> {
  const orderKey = filter.drafts
    ? sql`date_trunc('milliseconds', c.created_at)`
    : sql`c.published_at`
  const where = conditionsOf(filter, orderKey)
  const whereSql = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``
  return queryRowsPrepared<CatalogueRow>(
    db,
    sql`
      SELECT c.id, c.title, c.title_en, c.description, c.description_en, c.thumbnail_url,
        c.content_type, c.difficulty, c.duration_minutes, c.tags, c.price_irr, c.is_published,
        ${isoOf('c.published_at')} AS published_at, ${isoOf('c.created_at')} AS created_at,
        (SELECT count(*)::int FROM lessons l WHERE l.course_id = c.id) AS lesson_count,
        e.id AS e_id, e.progress AS e_progress, ${isoOf('e.started_at')} AS e_started_at,
        ${isoOf('e.completed_at')} AS e_completed_at,
        ${isoOf('e.last_activity_at')} AS e_last_activity_at
      FROM courses c
      LEFT JOIN enrollments e ON e.course_id = c.id AND e.user_id = ${filter.viewerId}::uuid
      ${whereSql}
      ORDER BY ${orderKey} DESC, c.id DESC
      LIMIT ${filter.limit + 1}`,
  )
}
