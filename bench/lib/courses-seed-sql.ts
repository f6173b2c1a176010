import { BENCH_USERS, benchUserIdSql, benchUuid, uuidSql } from './messaging-seed-sql.ts'

/**
 * The courses bench data set: the messaging seed's 10,000 bench users (same ids and tokens),
 * 1,000 published courses of 5 lessons (a 10-minute video, then four articles), and 100,000
 * enrolments (each person in 10 courses) whose first 0–5 lessons are complete, so their derived
 * progress is 0–100 as the app would have written it (210,000 lesson_progress rows). Ids are
 * md5-derived so the bench can name rows without reading them back.
 */
export const COURSES_SEED_VERSION = 'courses-v1'

export const BENCH_COURSES = 1_000
export const LESSONS_PER_COURSE = 5
export const ENROLMENTS_PER_USER = 10
/** The video lesson's length: the progress scenario stays below 95% of it. */
export const VIDEO_SECONDS = 600

/** The k-th course of bench user n: distinct for k = 0…9 (101·k mod 1000 are distinct). */
const COURSE_OF = (n: string, k: string) => `((7 * ${n} + 101 * ${k}) % ${BENCH_COURSES})`
const courseIdSql = (i: string) => uuidSql(`'yy-bench-course-' || ${i}`)
const lessonIdSql = (i: string, p: string) => uuidSql(`'yy-bench-lesson-' || ${i} || '-' || ${p}`)
const enrolmentIdSql = (n: string, k: string) =>
  uuidSql(`'yy-bench-enrollment-' || ${n} || '-' || ${k}`)

/** The k-th enrolment of bench user n, its course's video lesson (position 1). */
export function benchEnrolment(n: number, k = 0) {
  const course = (7 * n + 101 * k) % BENCH_COURSES
  return {
    enrollmentId: benchUuid(`yy-bench-enrollment-${n}-${k}`),
    videoLessonId: benchUuid(`yy-bench-lesson-${course}-1`),
  }
}

/** Seed rows of lesson_progress carry this age; rows a run adds are newer (see the reset). */
export const SEED_PROGRESS_AGE = "interval '30 days'"

const ARTICLE =
  '## گام‌به‌گام\\n\\nچند دقیقه وقت بگذارید و آرام نفس بکشید؛ این متن آزمایشی برای سنجش بار است.'

export const COURSE_SEED_STATEMENTS: string[] = [
  `INSERT INTO courses (id, title, title_en, description, description_en, content_type,
     difficulty, tags, price_irr, duration_minutes, is_published, published_at, created_at)
   SELECT ${courseIdSql('i')}, 'دورهٔ آزمایشی ' || i || ' — مهارت‌های آرامش', 'Bench course ' || i,
     'چند گام کوتاه برای آرامش بیشتر در روزهای پرکار؛ دورهٔ شمارهٔ ' || i,
     'A few short steps towards a calmer day; course number ' || i,
     (ARRAY['article', 'video', 'interactive'])[1 + i % 3],
     (ARRAY['beginner', 'intermediate', 'advanced'])[1 + i % 3],
     ARRAY[(ARRAY['sleep', 'anxiety', 'stress', 'mood', 'cbt'])[1 + i % 5],
       (ARRAY['breathing', 'habits', 'worry'])[1 + i % 3]],
     CASE WHEN i % 10 = 0 THEN 2000000 ELSE 0 END, 25, true,
     date_trunc('milliseconds', now() - make_interval(mins => i)), now() - make_interval(mins => i)
   FROM generate_series(0, ${BENCH_COURSES - 1}) AS i`,
  // The video lesson has no file: the bench measures progress, not playback.
  `INSERT INTO lessons (id, course_id, position, kind, title, title_en, body, duration_seconds)
   SELECT ${lessonIdSql('i', 'p')}, ${courseIdSql('i')}, p,
     CASE WHEN p = 1 THEN 'video' ELSE 'article' END, 'درس ' || p, 'Lesson ' || p,
     CASE WHEN p = 1 THEN NULL ELSE E'${ARTICLE}' END,
     CASE WHEN p = 1 THEN ${VIDEO_SECONDS} ELSE 300 END
   FROM generate_series(0, ${BENCH_COURSES - 1}) AS i, generate_series(1, ${LESSONS_PER_COURSE}) AS p`,
  `INSERT INTO enrollments (id, user_id, course_id, progress, started_at, completed_at,
     last_activity_at)
   SELECT ${enrolmentIdSql('n', 'k')}, ${benchUserIdSql('n')}, ${courseIdSql(COURSE_OF('n', 'k'))},
     100 * (k % 6) / ${LESSONS_PER_COURSE}, now() - make_interval(days => 40 - k),
     CASE WHEN k % 6 = ${LESSONS_PER_COURSE} THEN now() - make_interval(days => 20 - k) END,
     now() - make_interval(days => 20 - k)
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n, generate_series(0, ${ENROLMENTS_PER_USER - 1}) AS k`,
  `INSERT INTO lesson_progress (enrollment_id, lesson_id, position_seconds, completed,
     completed_at, time_spent_seconds, updated_at)
   SELECT ${enrolmentIdSql('n', 'k')}, ${lessonIdSql(COURSE_OF('n', 'k'), 'p')},
     CASE WHEN p = 1 THEN ${VIDEO_SECONDS} ELSE 0 END, true, now() - ${SEED_PROGRESS_AGE}, 120,
     now() - ${SEED_PROGRESS_AGE}
   FROM generate_series(0, ${BENCH_USERS - 1}) AS n, generate_series(0, ${ENROLMENTS_PER_USER - 1}) AS k,
     generate_series(1, ${LESSONS_PER_COURSE}) AS p
   WHERE p <= k % 6`,
]
