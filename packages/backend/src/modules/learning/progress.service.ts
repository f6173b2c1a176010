import {
  type ProgressUpdateBody,
  type ProgressUpdateResponse,
  VIDEO_COMPLETE_RATIO,
} from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { isCourseManager } from './course-access.ts'
import { enrollmentOfColumns } from './course-views.ts'
import { type LearningDeps, learnerChanged } from './learning-deps.ts'
import {
  lockProgressTarget,
  type ProgressTarget,
  type RecordedStep,
  recordProgressStep,
} from './progress.repository.ts'

function answerOf(lessonId: string, row: RecordedStep): ProgressUpdateResponse {
  const lesson = {
    lessonId,
    positionSeconds: row.lp_position_seconds,
    completed: row.lp_completed,
    completedAt: row.lp_completed_at,
    timeSpentSeconds: row.lp_time_spent_seconds,
    updatedAt: row.lp_updated_at,
  }
  return { enrollment: enrollmentOfColumns(row), lesson }
}

const notMine = () => new AppError('NOT_FOUND', 'no such enrollment of this user')

/**
 * The step the update makes on its lesson. A video's position stops at its end, and the
 * video is complete at 95% of it (Open edX), whatever the client says; an article or exercise
 * is complete when the client says so (an article after a few seconds on screen).
 */
function stepOf(target: ProgressTarget, body: ProgressUpdateBody) {
  const length = target.lesson_seconds ?? 0
  const reported = body.positionSeconds ?? 0
  const isVideo = target.lesson_kind === 'video'
  const positionSeconds = isVideo && length > 0 ? Math.min(reported, length) : reported
  const completed = isVideo
    ? length > 0 && positionSeconds >= Math.ceil(length * VIDEO_COMPLETE_RATIO)
    : body.completed === true
  return { positionSeconds, completed, timeSpentSeconds: body.timeSpentSeconds ?? 0 }
}

/**
 * Records progress on one lesson of my enrolment and answers the enrolment with its derived
 * 0–100 progress: the enrolment's row lock, then the step and the progress in one statement. Only forward: a
 * lower position, a smaller time or `completed: false` keeps what is saved (200 with it), so
 * retries and late requests are harmless. Someone else's enrolment is NOT_FOUND; a lesson of
 * another course (or none) is LESSON_NOT_IN_COURSE.
 */
export async function updateProgress(
  deps: LearningDeps,
  auth: AuthContext,
  enrollmentId: string,
  body: ProgressUpdateBody,
): Promise<ProgressUpdateResponse> {
  const answer = await deps.db.transaction(async (tx) => {
    const target = await lockProgressTarget(tx, enrollmentId, body.lessonId)
    if (!target || target.user_id !== auth.userId) throw notMine()
    if (!target.is_published && !isCourseManager(auth)) throw notMine()
    if (!target.lesson_id || target.lesson_course_id !== target.course_id) {
      throw new AppError('LESSON_NOT_IN_COURSE', 'the lesson is not in this course')
    }
    const lessonId = target.lesson_id
    const step = { enrollmentId, courseId: target.course_id, lessonId, ...stepOf(target, body) }
    return answerOf(lessonId, await recordProgressStep(tx, step))
  })
  learnerChanged(deps, auth.userId)
  return answer
}
