import type { CourseFigures } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import { findCourse } from './course.repository.ts'
import { countEnrollments, countEnrollmentsByWeek } from './enrollment.repository.ts'
import type { LearningDeps } from './learning-deps.ts'

/** How many weeks the chart shows. */
const WEEKS = 12

/** A course's enrolments and completions, in total and for each of the last 12 weeks. */
export async function courseFigures(deps: LearningDeps, courseId: string): Promise<CourseFigures> {
  const course = await findCourse(deps.db, courseId)
  if (!course) throw new AppError('NOT_FOUND', 'no such course')
  const [totals, weeks] = await Promise.all([
    countEnrollments(deps.db, course.id),
    countEnrollmentsByWeek(deps.db, course.id, WEEKS),
  ])
  return {
    courseId: course.id,
    enrolments: totals.enrolments,
    completions: totals.completions,
    averageProgress: Number(totals.average),
    byWeek: weeks.map((week) => ({
      weekStart: week.week_start,
      enrolments: week.enrolments,
      completions: week.completions,
    })),
  }
}
