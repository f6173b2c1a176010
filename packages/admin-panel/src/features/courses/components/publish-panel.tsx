import type { CourseDetail } from '@yektayar/shared/types'
import {
  Button,
  Card,
  formatDateTime,
  formatMoney,
  formatNumber,
  Notice,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { useCourseFigures } from '../api/course-figures.ts'
import { usePublishCourse } from '../api/publish-course.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'

/**
 * Published or draft, and the switch between them behind a confirmation that shows what
 * patients will see (publishing) or who loses access (unpublishing).
 */
export function PublishPanel({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const zone = useTimeZone()
  const describe = useProblemMessage()
  const publish = usePublishCourse(course.id)
  const [asking, setAsking] = useState(false)
  const [done, setDone] = useState<'didPublish' | 'didUnpublish' | null>(null)
  const ready = course.lessons.length > 0

  const close = () => {
    setAsking(false)
    publish.reset()
  }
  const confirm = () =>
    publish.mutate(!course.isPublished, {
      onSuccess: (saved) => {
        setAsking(false)
        setDone(saved.isPublished ? 'didPublish' : 'didUnpublish')
      },
    })

  return (
    <Card className="flex flex-col gap-3 p-4 sm:p-6">
      <h2 className="text-xl font-bold text-ink">{t('courses.publish.title')}</h2>
      <p className="text-ink">
        {t(course.isPublished ? 'courses.publish.published' : 'courses.publish.draft')}
      </p>
      {course.isPublished && course.publishedAt && (
        <p className="text-sm text-ink-muted">
          {t('courses.publish.publishedAt', {
            time: formatDateTime(course.publishedAt, language, { timeZone: zone }),
          })}
        </p>
      )}
      {!course.isPublished && !ready && (
        <p className="text-sm text-ink-muted">{t('courses.publish.notReady')}</p>
      )}
      {done && (
        <Notice tone="success" onDismiss={() => setDone(null)}>
          {t(`courses.publish.${done}`)}
        </Notice>
      )}
      <Button
        variant={course.isPublished ? 'secondary' : 'primary'}
        className="self-start"
        disabled={!course.isPublished && !ready}
        onClick={() => {
          setDone(null)
          setAsking(true)
        }}
      >
        {t(course.isPublished ? 'courses.publish.unpublish' : 'courses.publish.publish')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t(
          course.isPublished
            ? 'courses.publish.confirmUnpublishTitle'
            : 'courses.publish.confirmPublishTitle',
          { title: course.title },
        )}
        confirmLabel={t(
          course.isPublished
            ? 'courses.publish.confirmUnpublish'
            : 'courses.publish.confirmPublish',
        )}
        danger={course.isPublished}
        busy={publish.isPending}
        error={publish.isError ? describe(publish.error) : null}
        onConfirm={confirm}
        onClose={close}
      >
        {course.isPublished ? (
          <UnpublishConsequences courseId={course.id} />
        ) : (
          <WhatPatientsSee course={course} />
        )}
      </ConfirmDialog>
    </Card>
  )
}

/** The catalogue entry as it will read, and the lessons in order. */
function WhatPatientsSee({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <>
      <p>{t('courses.publish.confirmPublishLead')}</p>
      <ul className="flex list-disc flex-col gap-1 ps-5 text-ink">
        <li>
          {t('courses.publish.visibleTitle', { title: course.title })}
          {course.description && (
            <span className="mt-0.5 line-clamp-2 block text-sm text-ink-muted">
              {course.description}
            </span>
          )}
        </li>
        <li>
          {course.titleEn
            ? t('courses.publish.visibleEnglish', { title: course.titleEn })
            : t('courses.publish.noEnglish')}
        </li>
        <li>
          {t('courses.publish.visiblePrice', {
            price:
              course.priceIrr === 0 ? t('courses.free') : formatMoney(course.priceIrr, language),
          })}
        </li>
        <li>
          {t('courses.publish.visibleLessons', {
            count: course.lessons.length,
            lessons: formatNumber(course.lessons.length, language),
            minutes: formatNumber(course.durationMinutes, language),
          })}
          <ol className="mt-1 list-decimal ps-5 text-sm text-ink-muted [&:lang(fa)]:list-[persian]">
            {course.lessons.map((lesson) => (
              <li key={lesson.id}>
                {lesson.title} · {t(`courses.lessons.kinds.${lesson.kind}`)}
              </li>
            ))}
          </ol>
        </li>
      </ul>
    </>
  )
}

function UnpublishConsequences({ courseId }: { courseId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const figures = useCourseFigures(courseId)
  const enrolled = figures.data ? formatNumber(figures.data.enrolments, language) : '…'
  return <p>{t('courses.publish.confirmUnpublishBody', { enrolled })}</p>
}
