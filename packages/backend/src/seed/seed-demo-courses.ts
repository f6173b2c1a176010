import type { ExerciseDefinition, LessonKind } from '@yektayar/shared'
import type { Database, RawSql } from '../db/database.ts'
import type { FileStorage } from '../integrations/storage/file-storage.ts'
import { BREATHING_COURSE } from './courses/breathing-course.ts'
import type { DemoCourse, DemoLesson } from './courses/demo-course.ts'
import { SLEEP_COURSE } from './courses/sleep-course.ts'
import { THOUGHT_RECORDS_COURSE } from './courses/thought-records-course.ts'
import { WORRY_COURSE } from './courses/worry-course.ts'
import { type DemoVideo, type StoredDemoFile, storeDemoVideo } from './demo-course-media.ts'

const SEEDED_KEY = 'demo.courses.seeded'

/** Newest publication first in the catalogue: the order the demo shows them in. */
export const DEMO_COURSES: DemoCourse[] = [
  SLEEP_COURSE,
  WORRY_COURSE,
  BREATHING_COURSE,
  THOUGHT_RECORDS_COURSE,
]

interface People {
  authorId: string | null
  reviewerId: string | null
}

async function userIdByEmail(sql: RawSql, email: string): Promise<string | null> {
  const [row] = await sql.query<{ user_id: string }>(
    `SELECT user_id FROM user_identifiers WHERE type = 'email' AND value = $1`,
    [email],
  )
  return row?.user_id ?? null
}

async function insertFile(sql: RawSql, file: StoredDemoFile, ownerId: string, courseId: string) {
  await sql.query(
    `INSERT INTO files (id, owner_id, purpose, mime, size, sha256, storage_key, display_name,
       status, used_at, course_id)
     VALUES ($1, $2, 'course_media', $3, $4, $5, $6, $7, 'ready', now(), $8)`,
    [
      file.id,
      ownerId,
      file.mime,
      file.size,
      file.sha256,
      file.storageKey,
      file.displayName,
      courseId,
    ],
  )
}

interface StoredLesson {
  kind: LessonKind
  title: string
  titleEn: string
  body: string
  seconds: number
  exercise: ExerciseDefinition | null
  video?: DemoVideo
}

/** The lesson as stored: the video when its file is there, else the video's article. */
function storedLessonOf(lesson: DemoLesson, video: DemoVideo | undefined): StoredLesson {
  const { title, titleEn, body } = lesson
  if (lesson.kind === 'video' && video) {
    return { kind: 'video', title, titleEn, body, seconds: lesson.seconds, exercise: null, video }
  }
  if (lesson.kind === 'video') {
    const { minutes, ...fallback } = lesson.fallback
    return { kind: 'article', ...fallback, seconds: minutes * 60, exercise: null }
  }
  const exercise = lesson.kind === 'exercise' ? lesson.exercise : null
  return { kind: lesson.kind, title, titleEn, body, seconds: lesson.minutes * 60, exercise }
}

async function insertCourse(
  sql: RawSql,
  course: DemoCourse,
  order: number,
  people: People,
  video: DemoVideo | undefined,
) {
  const [row] = await sql.query<{ id: string }>(
    `INSERT INTO courses (title, title_en, description, description_en, content_type, difficulty,
       tags, price_irr, author_id, reviewer_id, is_published, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, true,
       date_trunc('milliseconds', now()) - make_interval(mins => $10))
     RETURNING id`,
    [
      course.title,
      course.titleEn,
      course.description,
      course.descriptionEn,
      course.contentType,
      course.difficulty,
      course.tags,
      people.authorId,
      people.reviewerId,
      order,
    ],
  )
  if (!row) throw new Error('demo course insert returned no row')
  let seconds = 0
  for (const [index, lesson] of course.lessons.entries()) {
    const shown = storedLessonOf(lesson, video)
    if (shown.video && people.authorId) {
      await insertFile(sql, shown.video.video, people.authorId, row.id)
      if (shown.video.captions) await insertFile(sql, shown.video.captions, people.authorId, row.id)
    }
    await sql.query(
      `INSERT INTO lessons (course_id, position, kind, title, title_en, body, exercise,
         duration_seconds, video_file_id, captions_file_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)`,
      [
        row.id,
        index + 1,
        shown.kind,
        shown.title,
        shown.titleEn,
        shown.body,
        shown.exercise ? JSON.stringify(shown.exercise) : null,
        shown.seconds,
        shown.video?.video.id ?? null,
        shown.video?.captions?.id ?? null,
      ],
    )
    seconds += shown.seconds
  }
  await sql.query('UPDATE courses SET duration_minutes = $2 WHERE id = $1', [
    row.id,
    Math.ceil(seconds / 60),
  ])
}

/**
 * The four demo courses (sleep, worry, breathing and grounding, thought records), written by
 * the demo admin and reviewed by the first demo psychologist, once per database: apart from
 * the rest of the demo, so a database seeded before courses existed gets them too. The
 * breathing course's video is stored first when its file is in seed/media/.
 */
export async function seedDemoCourses(
  database: Database,
  storage: FileStorage | undefined,
  mediaDir?: string,
): Promise<void> {
  const [done] = await database.query('SELECT 1 FROM config WHERE key = $1', [SEEDED_KEY])
  if (done) return
  const video = storage ? await storeDemoVideo(storage, mediaDir) : undefined
  await database.transaction(async (sql) => {
    // Two instances starting together: the one whose marker goes in writes the courses.
    const [mine] = await sql.query(
      `INSERT INTO config (key, value, description) VALUES ($1, 'true'::jsonb, 'Demo courses created')
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [SEEDED_KEY],
    )
    if (!mine) return
    const people = {
      authorId: await userIdByEmail(sql, 'admin@demo.yektayar.ir'),
      reviewerId: await userIdByEmail(sql, 'maryam.ahmadi@demo.yektayar.ir'),
    }
    for (const [order, course] of DEMO_COURSES.entries()) {
      await insertCourse(sql, course, order, people, video)
    }
  })
}
