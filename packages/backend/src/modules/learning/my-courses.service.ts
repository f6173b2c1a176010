import type {
  LessonKind,
  MyEnrollment,
  MyEnrollmentPage,
  myEnrollmentListQuerySchema,
} from '@yektayar/shared'
import type { z } from 'zod'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { courseBriefOf, enrollmentOfColumns } from './course-views.ts'
import type { LearningDeps } from './learning-deps.ts'
import { listMyEnrollmentRows, type MyEnrollmentRow } from './my-courses.repository.ts'

function myEnrollmentOf(row: MyEnrollmentRow): MyEnrollment {
  const next = row.n_lesson_id
    ? {
        lessonId: row.n_lesson_id,
        title: row.n_title ?? '',
        titleEn: row.n_title_en,
        kind: row.n_kind as LessonKind,
        positionSeconds: row.n_position_seconds ?? 0,
      }
    : null
  return { ...enrollmentOfColumns(row), course: courseBriefOf(row), next }
}

/**
 * My courses, last touched first, each with the lesson "continue" opens and its position; the
 * dashboard's "continue where I left off" is the first of `status=active`.
 */
export async function listMyEnrollments(
  deps: LearningDeps,
  auth: AuthContext,
  query: z.output<typeof myEnrollmentListQuerySchema>,
): Promise<MyEnrollmentPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listMyEnrollmentRows(deps.db, {
    userId: auth.userId,
    status: query.status,
    after: before ? { at: before.createdAt.toISOString(), id: before.id } : undefined,
    limit: query.limit,
  })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(myEnrollmentOf),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor(new Date(last.e_last_activity_at), last.e_id)
        : null,
  }
}
