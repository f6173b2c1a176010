import type { ExerciseAnswerContent, Lesson } from '@yektayar/shared/types'
import { Button, Notice, SwitchField, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useSaveAnswer } from '../api/exercise-answers.ts'
import type { ProgressReporter } from '../player/use-progress-reporter.ts'
import { AnswerHistory } from './answer-history.tsx'
import { BreathingExercise } from './breathing-exercise.tsx'
import { MoodCheckinExercise } from './mood-checkin-exercise.tsx'
import { ThoughtRecordExercise } from './thought-record-exercise.tsx'

export interface ExerciseLessonProps {
  lesson: Lesson & { exercise: NonNullable<Lesson['exercise']> }
  /** Answers are kept only in a course the learner is enrolled in. */
  enrolled: boolean
  reporter: ProgressReporter
}

/**
 * An exercise lesson: the exercise its data describes, saved privately unless the learner
 * turns on sharing with their psychologist, and their earlier answers. Saving one completes
 * the lesson. The crisis lines stay in view wherever a learner writes about their thoughts.
 */
export function ExerciseLesson({ lesson, enrolled, reporter }: ExerciseLessonProps) {
  const { t } = useTranslation()
  const save = useSaveAnswer(lesson.id)
  const [share, setShare] = useState(false)
  const [round, setRound] = useState(0)
  const submit = (answer: ExerciseAnswerContent) =>
    save.mutate(
      { answer, sharedWithPsychologist: share },
      { onSuccess: () => reporter.report({ completed: true }, true) },
    )

  const footer = (onSave?: () => void) => (
    <div className="flex flex-col gap-4 border-t border-line pt-4">
      <SwitchField
        label={t('courses.exercise.share')}
        hint={t('courses.exercise.shareHint')}
        checked={share}
        onChange={setShare}
      />
      <ProblemAlert error={save.error} />
      <Button
        type={onSave ? 'button' : 'submit'}
        size="lg"
        className="self-start"
        loading={save.isPending}
        disabled={!enrolled}
        needsConnection
        onClick={onSave}
      >
        {t('courses.exercise.save')}
      </Button>
    </div>
  )

  const { exercise } = lesson
  const props = { save: submit, footer }
  return (
    <div className="flex flex-col gap-6">
      {save.isSuccess ? (
        <div className="flex flex-col items-start gap-3">
          <Notice tone="success">
            {t(
              save.data.sharedWithPsychologist
                ? 'courses.exercise.savedShared'
                : 'courses.exercise.saved',
            )}
          </Notice>
          <Button
            variant="secondary"
            onClick={() => {
              save.reset()
              setRound((value) => value + 1)
            }}
          >
            {t('courses.exercise.again')}
          </Button>
        </div>
      ) : exercise.kind === 'breathing' ? (
        <BreathingExercise key={round} exercise={exercise} {...props} />
      ) : exercise.kind === 'thought_record' ? (
        <ThoughtRecordExercise key={round} exercise={exercise} {...props} />
      ) : (
        <MoodCheckinExercise key={round} exercise={exercise} {...props} />
      )}
      {exercise.kind !== 'breathing' && (
        <p className="rounded-xl bg-surface-muted p-3 text-sm leading-7 text-ink">
          {t('courses.exercise.help')}
        </p>
      )}
      {enrolled && (
        <ViewerTimeZone>
          <AnswerHistory lessonId={lesson.id} />
        </ViewerTimeZone>
      )}
    </div>
  )
}
