import type { RawSql } from '../../packages/backend/src/db/database.ts'
import type { BenchSettings } from '../settings.ts'
import {
  COURSE_SEED_STATEMENTS,
  COURSES_SEED_VERSION,
  SEED_PROGRESS_AGE,
} from './courses-seed-sql.ts'
import { BENCH_USER_STATEMENTS } from './messaging-seed-sql.ts'
import { loadWithoutIndexes, prepareSeededStore, type SeededStore } from './seeded-store.ts'

/**
 * The 1,000-course, 100,000-enrolment data set in a database of its own
 * (`yektayar_bench_courses` beside DATABASE_URL's, or a PGlite directory), seeded once and kept;
 * each run first removes what earlier runs added.
 */
export function prepareCoursesStore(settings: BenchSettings): Promise<SeededStore> {
  return prepareSeededStore(settings, {
    database: 'yektayar_bench_courses',
    pgliteDir: 'yektayar-bench-courses',
    markerKey: 'bench.courses.seed',
    version: COURSES_SEED_VERSION,
    description: '10,000 users, 1,000 courses, 100,000 enrolments (under a minute)',
    seed,
    reset,
    vacuumTables: ['courses', 'lessons', 'enrollments', 'lesson_progress'],
  })
}

async function seed(sql: RawSql) {
  for (const statement of BENCH_USER_STATEMENTS) await sql.exec(statement)
  // Its primary key is (enrollment_id, lesson_id), which loadWithoutIndexes cannot rebuild.
  const table = { table: 'lesson_progress', dropPrimaryKey: false }
  await loadWithoutIndexes(sql, table, async () => {
    for (const statement of COURSE_SEED_STATEMENTS) await sql.exec(statement)
  })
}

/**
 * Progress a run recorded goes (the seed's rows are older), the enrolments it touched get their
 * derived progress back, and the bench sessions are refreshed.
 */
async function reset(sql: RawSql) {
  await sql.exec(
    `DELETE FROM lesson_progress WHERE updated_at > now() - ${SEED_PROGRESS_AGE} + interval '1 day'`,
  )
  await sql.exec(`UPDATE enrollments SET last_lesson_id = NULL WHERE last_lesson_id IS NOT NULL`)
  await sql.exec(`UPDATE sessions SET last_activity_at = now() WHERE metadata->>'bench' = 'true'`)
}
