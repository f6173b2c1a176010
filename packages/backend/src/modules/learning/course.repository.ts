import { and, arrayOverlaps, eq, inArray, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/database.ts'
import { courses, enrollments, users } from '../../db/schema/index.ts'

export type CourseRow = typeof courses.$inferSelect
type CourseInsert = typeof courses.$inferInsert

export async function findCourse(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CourseRow | undefined> {
  const query = db.select().from(courses).where(eq(courses.id, id)).limit(1)
  const [row] = options.forUpdate ? await query.for('update') : await query
  return row
}

export async function insertCourse(db: Db, values: CourseInsert): Promise<CourseRow> {
  const [row] = await db.insert(courses).values(values).returning()
  if (!row) throw new Error('course insert returned no row')
  return row
}

export async function updateCourse(
  db: Db,
  id: string,
  values: PgUpdateSetSource<typeof courses>,
): Promise<CourseRow | undefined> {
  const [row] = await db
    .update(courses)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(courses.id, id))
    .returning()
  return row
}

/**
 * Publishes (keeping the first publication time of a course published already) or
 * unpublishes. Publication times are cut to milliseconds, as the catalogue's cursors carry them.
 */
export function setPublished(db: Db, id: string, published: boolean) {
  if (!published) return updateCourse(db, id, { isPublished: false })
  const publishedAt = sql`coalesce(${courses.publishedAt}, date_trunc('milliseconds', now()))`
  return updateCourse(db, id, { isPublished: true, publishedAt })
}

/** The sum of the course's lessons, rounded up to minutes: what the catalogue shows and filters. */
export async function refreshCourseDuration(db: Db, courseId: string): Promise<void> {
  await db.execute(sql`
    UPDATE courses SET duration_minutes = (
      SELECT ceil(coalesce(sum(duration_seconds), 0) / 60.0)::int FROM lessons WHERE course_id = ${courseId}
    ) WHERE id = ${courseId}`)
}

/** Profiles of these people (authors, reviewers, recommending psychologists), by id. */
export async function findProfiles(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .select({ id: users.id, profile: users.profile })
    .from(users)
    .where(inArray(users.id, ids))
}

/** The viewer's enrolment in a course, if any. */
export async function findEnrollmentOf(db: Db, userId: string, courseId: string) {
  const [row] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId)))
    .limit(1)
  return row
}

/** Whether a course is out, what it costs, its thumbnail, and whether this person is enrolled. */
export async function findCourseStanding(db: Db, courseId: string, userId: string) {
  const enrolled = and(eq(enrollments.courseId, courses.id), eq(enrollments.userId, userId))
  const [row] = await db
    .select({
      isPublished: courses.isPublished,
      priceIrr: courses.priceIrr,
      thumbnailFileId: courses.thumbnailFileId,
      enrolled: sql<boolean>`EXISTS (SELECT 1 FROM ${enrollments} WHERE ${enrolled})`,
    })
    .from(courses)
    .where(eq(courses.id, courseId))
    .limit(1)
  return row
}

/** Published courses carrying any of the tags, newest publication first. */
export function listPublishedTagged(db: Db, tags: string[], limit: number) {
  return db
    .select({ id: courses.id, title: courses.title, titleEn: courses.titleEn, tags: courses.tags })
    .from(courses)
    .where(and(eq(courses.isPublished, true), arrayOverlaps(courses.tags, tags)))
    .orderBy(sql`${courses.publishedAt} DESC`, sql`${courses.id} DESC`)
    .limit(limit)
}
