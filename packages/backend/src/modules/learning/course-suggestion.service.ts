import type { Db } from '../../db/database.ts'
import { listPublishedTagged } from './course.repository.ts'

export interface CourseSuggestion {
  id: string
  title: string
  titleEn: string | null
  tags: string[]
}

/**
 * Published courses on any of these topics (their tags), newest first: what other modules
 * suggest to someone (assessments' recommendations), without reading this module's tables.
 */
export async function suggestCourses(
  db: Db,
  tags: string[],
  limit = 3,
): Promise<CourseSuggestion[]> {
  if (tags.length === 0) return []
  const rows = await listPublishedTagged(db, tags, limit)
  return rows.map((row) => ({ ...row, tags: row.tags ?? [] }))
}
