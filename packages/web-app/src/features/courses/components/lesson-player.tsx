import type { CourseDetail, Lesson } from '@yektayar/shared/types'
import { Icon, LoadingState, useSession, useTranslation } from '@yektayar/ui'
import { SafeMarkdown } from '@yektayar/ui/markdown'
import { lazy, Suspense } from 'react'
import { useProgressReporter } from '../player/use-progress-reporter.ts'
import { useReadTimer } from '../player/use-read-timer.ts'
import { VideoLesson } from '../player/video-lesson.tsx'

const CHECK = 'M5 12.5l4.5 4.5L19 7.5'

// Exercises bring their forms (and the schemas that check them): only their lessons load them.
const ExerciseLesson = lazy(() =>
  import('../exercises/exercise-lesson.tsx').then((module) => ({ default: module.ExerciseLesson })),
)

/**
 * A lesson's content with its progress: a video reports how far it was watched, an article is
 * read after a few seconds on screen, an exercise is done once an answer is saved. Progress is
 * kept only for an enrolled learner; anyone who may see the course may read it.
 */
export function LessonPlayer({ course, lesson }: { course: CourseDetail; lesson: Lesson }) {
  const { t } = useTranslation()
  const session = useSession()
  const enrollmentId = course.myEnrollment?.id ?? null
  const reporter = useProgressReporter({
    courseId: course.id,
    enrollmentId,
    lessonId: lesson.id,
    saved: lesson.myProgress,
  })
  const done = lesson.myProgress?.completed ?? false
  useReadTimer(
    () => reporter.report({ completed: true }, true),
    lesson.kind === 'article' && enrollmentId !== null && !done,
  )
  const { video, exercise } = lesson
  return (
    <div className="flex flex-col gap-6">
      {lesson.kind === 'video' &&
        video &&
        // Course media are served to people signed in: a visitor sees why there is no video.
        (session.data === null ? (
          <p className="flex aspect-video items-center justify-center rounded-2xl bg-surface-muted p-6 text-center text-ink-muted">
            {t('courses.video.signIn')}
          </p>
        ) : (
          <VideoLesson lesson={{ ...lesson, video }} reporter={reporter} />
        ))}
      {lesson.body && <SafeMarkdown>{lesson.body}</SafeMarkdown>}
      {lesson.kind === 'exercise' && exercise && (
        <Suspense fallback={<LoadingState />}>
          <ExerciseLesson
            lesson={{ ...lesson, exercise }}
            enrolled={enrollmentId !== null}
            reporter={reporter}
          />
        </Suspense>
      )}
      <p role="status" className="flex min-h-6 items-center gap-2 font-semibold text-success">
        {done && (
          <>
            <Icon path={CHECK} className="size-5" />
            {t(lesson.kind === 'article' ? 'courses.lesson.read' : 'courses.lesson.done')}
          </>
        )}
      </p>
    </div>
  )
}
