import { and, asc, eq, gt, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/database.ts'
import { lessons } from '../../db/schema/index.ts'

export type LessonRow = typeof lessons.$inferSelect
type LessonInsert = typeof lessons.$inferInsert

/** A course's lessons in order. */
export function listLessons(db: Db, courseId: string): Promise<LessonRow[]> {
  return db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
    .orderBy(asc(lessons.position))
}

export async function findLesson(db: Db, id: string): Promise<LessonRow | undefined> {
  const [row] = await db.select().from(lessons).where(eq(lessons.id, id)).limit(1)
  return row
}

/** Appends a lesson; callers hold the course's row lock, so the next position is theirs. */
export async function appendLesson(
  db: Db,
  values: Omit<LessonInsert, 'position'>,
): Promise<LessonRow> {
  const position = sql`(SELECT coalesce(max(position), 0) + 1 FROM lessons WHERE course_id = ${values.courseId})`
  const [row] = await db
    .insert(lessons)
    .values({ ...values, position })
    .returning()
  if (!row) throw new Error('lesson insert returned no row')
  return row
}

export async function updateLesson(
  db: Db,
  id: string,
  values: PgUpdateSetSource<typeof lessons>,
): Promise<LessonRow | undefined> {
  const [row] = await db
    .update(lessons)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(lessons.id, id))
    .returning()
  return row
}

/** Removes a lesson and closes the gap it leaves, so positions stay 1..n. */
export async function deleteLesson(db: Db, lesson: LessonRow): Promise<void> {
  await db.delete(lessons).where(eq(lessons.id, lesson.id))
  await db
    .update(lessons)
    .set({ position: sql`${lessons.position} - 1` })
    .where(and(eq(lessons.courseId, lesson.courseId), gt(lessons.position, lesson.position)))
}

/**
 * Numbers the course's lessons 1..n in the order given, in one statement: the unique
 * (course_id, position) constraint is DEFERRABLE, checked once the statement has moved them all.
 */
export async function reorderLessons(db: Db, courseId: string, ids: string[]): Promise<void> {
  await db.execute(sql`
    UPDATE lessons l SET position = o.ord, updated_at = now()
    FROM unnest(${`{${ids.join(',')}}`}::uuid[]) WITH ORDINALITY AS o(id, ord)
    WHERE l.id = o.id AND l.course_id = ${courseId}`)
}
