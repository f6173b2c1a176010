import type { CourseDetail, Lesson } from '@yektayar/shared/types'
import { Icon, useTranslation } from '@yektayar/ui'
import { ExerciseLesson } from '../exercises/exercise-lesson.tsx'
import { MarkdownView } from '../markdown/markdown-view.tsx'
import { useProgressReporter } from '../player/use-progress-reporter.ts'
import { useReadTimer } from '../player/use-read-timer.ts'
import { VideoLesson } from '../player/video-lesson.tsx'

const CHECK = 'M5 12.5l4.5 4.5L19 7.5'

/**
 * A lesson's content with its progress: a video reports how far it was watched, an article is
 * read after a few seconds on screen, an exercise is done once an answer is saved. Progress is
 * kept only for an enrolled learner; anyone who may see the course may read it.
 */
export function LessonPlayer({ course, lesson }: { course: CourseDetail; lesson: Lesson }) {
  const { t } = useTranslation()
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
      {lesson.kind === 'video' && video && (
        <VideoLesson lesson={{ ...lesson, video }} reporter={reporter} />
      )}
      {lesson.body && <MarkdownView source={lesson.body} />}
      {lesson.kind === 'exercise' && exercise && (
        <ExerciseLesson
          lesson={{ ...lesson, exercise }}
          enrolled={enrollmentId !== null}
          reporter={reporter}
        />
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
