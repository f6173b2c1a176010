import { type CourseDetail, LESSON_KINDS, type LessonKind } from '@yektayar/shared/types'
import { EmptyState, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useParams } from 'react-router'
import { useTitleOf } from '../course-title.ts'
import { CoursePageFrame } from './course-page-frame.tsx'
import { LessonEditor } from './lesson-editor.tsx'

const isLessonKind = (kind: string | undefined): kind is LessonKind =>
  LESSON_KINDS.some((known) => known === kind)

/** A new lesson of the kind in the address, or a saved lesson of the course. */
export function LessonEditorPage() {
  return (
    <CoursePageFrame back="course">
      {(course) => <LessonEditorFor course={course} />}
    </CoursePageFrame>
  )
}

function LessonEditorFor({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const titleOf = useTitleOf()
  const { lessonId, kind } = useParams()
  const saved = lessonId ? course.lessons.find((lesson) => lesson.id === lessonId) : undefined
  const lessonKind = saved?.kind ?? (isLessonKind(kind) ? kind : undefined)
  if (!lessonKind || (lessonId && !saved)) {
    return <EmptyState title={t('courses.lesson.notFound')} />
  }
  const kindName = t(`courses.lessons.addKind.${lessonKind}`)
  const heading = saved
    ? t('courses.lesson.editTitle', {
        position: formatNumber(saved.position, language),
        course: titleOf(course),
      })
    : t('courses.lesson.newTitle', { kind: kindName, course: titleOf(course) })
  return (
    <>
      <title>
        {saved
          ? t('courses.lesson.editPageTitle', { title: titleOf(saved) })
          : t('courses.lesson.newPageTitle', { kind: kindName })}
      </title>
      <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{heading}</h1>
      <LessonEditor
        key={saved?.id ?? lessonKind}
        course={course}
        saved={saved ?? null}
        kind={lessonKind}
      />
    </>
  )
}
