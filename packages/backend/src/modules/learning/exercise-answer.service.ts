import type {
  createExerciseAnswerBodySchema,
  ExerciseAnswer,
  ExerciseAnswerContent,
  ExerciseAnswerPage,
  SafetyDecision,
  SavedExerciseAnswer,
} from '@yektayar/shared'
import type { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { assessPatientText } from '../safety/patient-signals.ts'
import { findEnrollmentOf } from './course.repository.ts'
import { requireVisibleCourse } from './course-access.ts'
import {
  type ExerciseAnswerRow,
  insertExerciseAnswer,
  listMyAnswers,
  setAnswerShared,
} from './exercise-answer.repository.ts'
import type { LearningDeps } from './learning-deps.ts'
import { findLesson } from './lesson.repository.ts'

export function exerciseAnswerOf(row: ExerciseAnswerRow): ExerciseAnswer {
  return {
    id: row.id,
    lessonId: row.lessonId,
    courseId: row.courseId,
    answer: row.answer,
    sharedWithPsychologist: row.sharedWithPsychologist,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** An exercise lesson of a course I may see and am enrolled in (a priced one: bought). */
async function requireAnswerable(deps: LearningDeps, auth: AuthContext, lessonId: string) {
  const lesson = await findLesson(deps.db, lessonId)
  if (!lesson) throw new AppError('NOT_FOUND', 'no such lesson')
  await requireVisibleCourse(deps.db, auth, lesson.courseId)
  if (!(await findEnrollmentOf(deps.db, auth.userId, lesson.courseId))) {
    throw new AppError('NOT_ENROLLED', 'enrol in the course first')
  }
  return lesson
}

/**
 * Saves my answer to an exercise, private unless I share it. The answer's kind must be the
 * exercise's (a thought record to a thought record): EXERCISE_ANSWER_MISMATCH otherwise.
 */
export async function saveExerciseAnswer(
  deps: LearningDeps,
  auth: AuthContext,
  lessonId: string,
  body: z.output<typeof createExerciseAnswerBodySchema>,
): Promise<SavedExerciseAnswer> {
  const lesson = await requireAnswerable(deps, auth, lessonId)
  if (lesson.exercise?.kind !== body.answer.kind) {
    throw new AppError(
      'EXERCISE_ANSWER_MISMATCH',
      `lesson takes ${lesson.exercise?.kind ?? 'none'}`,
      {
        errors: [{ path: 'body.answer.kind', message: lesson.exercise?.kind ?? lesson.kind }],
      },
    )
  }
  const row = await insertExerciseAnswer(deps.db, {
    userId: auth.userId,
    lessonId: lesson.id,
    courseId: lesson.courseId,
    answer: body.answer,
    sharedWithPsychologist: body.sharedWithPsychologist,
  })
  // Staff may take a course too; the safety module reads what patients write.
  const safety: SafetyDecision =
    auth.userType === 'patient'
      ? await assessPatientText(deps.messaging.safety, {
          patientId: auth.userId,
          source: 'exercise_answer',
          sourceId: row.id,
          text: writtenWordsOf(body.answer),
        })
      : { level: 'none', reasons: [] }
  return { ...exerciseAnswerOf(row), safety }
}

/** Everything the learner wrote in an answer, one field per line, for the safety module. */
function writtenWordsOf(answer: ExerciseAnswerContent): string {
  switch (answer.kind) {
    case 'thought_record':
      return [
        answer.situation,
        answer.automaticThought,
        answer.emotion,
        answer.evidenceFor,
        answer.evidenceAgainst,
        answer.balancedThought,
      ].join('\n')
    case 'mood_checkin':
      return [...answer.factors, answer.note ?? ''].join('\n')
    case 'breathing':
      return ''
  }
}

/** My answers to one lesson, newest first (a mood check-in's history). */
export async function listMyExerciseAnswers(
  deps: LearningDeps,
  auth: AuthContext,
  lessonId: string,
  query: { cursor?: string; limit: number },
): Promise<ExerciseAnswerPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listMyAnswers(deps.db, {
    userId: auth.userId,
    lessonId,
    before,
    limit: query.limit,
  })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(exerciseAnswerOf),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  }
}

/** Shares one of my answers with my psychologists, or stops; someone else's answer: 404. */
export async function setExerciseAnswerSharing(
  deps: LearningDeps,
  auth: AuthContext,
  answerId: string,
  shared: boolean,
): Promise<ExerciseAnswer> {
  const row = await setAnswerShared(deps.db, { id: answerId, userId: auth.userId }, shared)
  if (!row) throw new AppError('NOT_FOUND', 'no such answer of this user')
  return exerciseAnswerOf(row)
}
