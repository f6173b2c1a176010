import type { CourseDetail, Lesson } from '@yektayar/shared/types'
import { LESSON_KINDS } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  Card,
  formatNumber,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link } from 'react-router'
import { useDeleteLesson } from '../api/delete-lesson.ts'
import { useOrderLessons } from '../api/order-lessons.ts'
import { useTitleOf } from '../course-title.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'

/** Moves the item at `from` one place up (-1) or down (+1). */
function moved<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step
  if (to < 0 || to >= items.length) return [...items]
  const next = [...items]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}

/**
 * The course's lessons in order: each moves up or down with a button (keyboard and screen
 * readers alike; the new place is announced), opens for editing, or is deleted after a question.
 */
export function LessonList({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const titleOf = useTitleOf()
  const order = useOrderLessons(course.id)
  const remove = useDeleteLesson(course.id)
  const [announcement, setAnnouncement] = useState('')
  const [deleting, setDeleting] = useState<Lesson | null>(null)
  const language = useLanguage()

  const move = (index: number, step: -1 | 1) => {
    if (order.isPending) return
    const lessons = moved(course.lessons, index, step)
    const lesson = course.lessons[index]
    if (!lesson) return
    order.mutate(
      lessons.map((item) => item.id),
      {
        onSuccess: () =>
          setAnnouncement(
            t('courses.lessons.moved', {
              title: titleOf(lesson),
              position: formatNumber(index + step + 1, language),
            }),
          ),
      },
    )
  }

  return (
    <Card className="flex flex-col gap-4 p-4 sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold text-ink">{t('courses.lessons.title')}</h2>
        <p className="text-sm text-ink-muted">{t('courses.lessons.lead')}</p>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {order.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
          {describe(order.error)}
        </p>
      )}
      {course.lessons.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line px-4 py-6 text-center text-ink-muted">
          {t('courses.lessons.empty')}
        </p>
      ) : (
        <ol className="flex flex-col gap-2">
          {course.lessons.map((lesson, index) => (
            <LessonItem
              key={lesson.id}
              lesson={lesson}
              index={index}
              last={index === course.lessons.length - 1}
              onMove={(step) => move(index, step)}
              onDelete={() => setDeleting(lesson)}
            />
          ))}
        </ol>
      )}
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-ink">{t('courses.lessons.add')}</h3>
        <div className="flex flex-wrap gap-2">
          {LESSON_KINDS.map((kind) => (
            <Link
              key={kind}
              to={`/courses/${course.id}/lessons/new/${kind}`}
              className={buttonClasses({ variant: 'secondary', className: 'min-h-10 px-4' })}
            >
              + {t(`courses.lessons.addKind.${kind}`)}
            </Link>
          ))}
        </div>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('courses.lessons.deleteTitle', { title: deleting ? titleOf(deleting) : '' })}
        confirmLabel={t('courses.lessons.deleteConfirm')}
        danger
        busy={remove.isPending}
        error={remove.isError ? describe(remove.error) : null}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null)
              setAnnouncement(t('courses.lessons.deleted'))
            },
          })
        }
        onClose={() => {
          setDeleting(null)
          remove.reset()
        }}
      >
        <p>{t('courses.lessons.deleteBody')}</p>
      </ConfirmDialog>
    </Card>
  )
}

interface LessonItemProps {
  lesson: Lesson
  index: number
  last: boolean
  onMove: (step: -1 | 1) => void
  onDelete: () => void
}

function LessonItem({ lesson, index, last, onMove, onDelete }: LessonItemProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const title = useTitleOf()(lesson)
  const small = 'min-h-9 px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-50'
  // aria-disabled, not disabled: the button just pressed keeps the focus at the list's ends.
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-xl border border-line p-3">
      <span
        aria-hidden="true"
        className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary-soft font-bold text-primary"
      >
        {formatNumber(index + 1, language)}
      </span>
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="break-words font-semibold text-ink">{title}</span>
        <span className="text-sm text-ink-muted">
          {t(`courses.lessons.kinds.${lesson.kind}`)} ·{' '}
          {t('courses.lessons.length', {
            minutes: formatNumber(Math.ceil(lesson.durationSeconds / 60), language),
          })}
        </span>
      </div>
      <div className="flex flex-wrap gap-1">
        <Button
          variant="ghost"
          className={small}
          aria-disabled={index === 0}
          aria-label={t('courses.lessons.moveUpNamed', { title })}
          onClick={() => index > 0 && onMove(-1)}
        >
          ↑ {t('courses.lessons.moveUp')}
        </Button>
        <Button
          variant="ghost"
          className={small}
          aria-disabled={last}
          aria-label={t('courses.lessons.moveDownNamed', { title })}
          onClick={() => !last && onMove(1)}
        >
          ↓ {t('courses.lessons.moveDown')}
        </Button>
        <Link
          to={`/courses/${lesson.courseId}/lessons/${lesson.id}`}
          aria-label={t('courses.lessons.editNamed', { title })}
          className={buttonClasses({ variant: 'secondary', className: small })}
        >
          {t('courses.lessons.edit')}
        </Link>
        <Button
          variant="ghost"
          className={`${small} text-danger hover:bg-danger-soft`}
          aria-label={t('courses.lessons.deleteNamed', { title })}
          onClick={onDelete}
        >
          {t('courses.lessons.delete')}
        </Button>
      </div>
    </li>
  )
}
