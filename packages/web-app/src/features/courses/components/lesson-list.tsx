import type { CourseDetail, Lesson } from '@yektayar/shared/types'
import { cx, Icon, localizeDigits, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { inLanguage } from '../../../shared/courses/course-display.tsx'
import { lessonPath } from './course-actions.tsx'
import { KindIcon } from './kind-icon.tsx'

export type LessonState = 'done' | 'started' | 'notStarted' | 'locked'

export function lessonStateOf(lesson: Lesson, locked: boolean): LessonState {
  if (locked) return 'locked'
  if (lesson.myProgress?.completed) return 'done'
  if (
    lesson.myProgress &&
    (lesson.myProgress.positionSeconds > 0 || lesson.myProgress.timeSpentSeconds > 0)
  ) {
    return 'started'
  }
  return 'notStarted'
}

const STATE_LOOKS: Record<LessonState, string> = {
  done: 'bg-success-soft text-success',
  started: 'bg-primary-soft text-primary',
  notStarted: 'bg-surface-muted text-ink-muted',
  locked: 'bg-surface-muted text-ink-muted',
}

const CHECK = 'M5 12.5l4.5 4.5L19 7.5'

/** The course's lessons in order, each with its kind, length and my state in it. */
export function LessonList({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section aria-labelledby="course-lessons" className="flex flex-col gap-3">
      <h2 id="course-lessons" className="text-xl font-bold text-ink">
        {t('courses.course.lessons')}
      </h2>
      <ol aria-labelledby="course-lessons" className="flex flex-col gap-2">
        {course.lessons.map((lesson) => {
          const state = lessonStateOf(lesson, course.locked)
          const title = inLanguage(lesson.title, lesson.titleEn, language)
          const body = (
            <>
              <span
                className={cx(
                  'flex size-10 shrink-0 items-center justify-center rounded-full font-bold',
                  STATE_LOOKS[state],
                )}
                aria-hidden="true"
              >
                {state === 'done' ? (
                  <Icon path={CHECK} className="size-5" />
                ) : (
                  localizeDigits(String(lesson.position), language)
                )}
              </span>
              <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="font-semibold text-ink">{title}</span>
                <span className="flex flex-wrap items-center gap-x-2 text-sm text-ink-muted">
                  <KindIcon kind={lesson.kind} className="size-4" />
                  {t(`courses.lessonKinds.${lesson.kind}`)}
                  <span aria-hidden="true">·</span>
                  <span>
                    {t('courses.minutes', {
                      n: localizeDigits(
                        String(Math.max(1, Math.ceil(lesson.durationSeconds / 60))),
                        language,
                      ),
                    })}
                  </span>
                </span>
              </span>
              <span
                className={cx(
                  'shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold',
                  STATE_LOOKS[state],
                )}
              >
                {t(`courses.lessonStates.${state}`)}
              </span>
            </>
          )
          const row = 'flex items-center gap-3 rounded-xl border border-line bg-surface p-3'
          return (
            <li key={lesson.id}>
              {state === 'locked' ? (
                <div className={row}>{body}</div>
              ) : (
                <Link
                  to={lessonPath(course.id, lesson.id)}
                  className={cx(row, 'transition-colors hover:border-primary')}
                >
                  {body}
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
