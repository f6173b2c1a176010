import {
  type CourseDetail,
  findUnsafeMarkdown,
  type Lesson,
  type LessonKind,
} from '@yektayar/shared/types'
import {
  Button,
  Card,
  Notice,
  TextField,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import { useSaveLesson } from '../api/save-lesson.ts'
import { withNotice } from '../course-notice.tsx'
import { useFieldProblemText } from '../field-problem-text.ts'
import type { FieldProblems } from '../form-errors.ts'
import {
  type LessonField,
  type LessonValues,
  lessonBodyOf,
  lessonValuesOf,
  newLessonValues,
} from '../lesson-form.ts'
import { ExerciseFields } from './exercise-fields.tsx'
import { MarkdownField } from './markdown-field.tsx'
import { VideoFields } from './video-fields.tsx'

export interface LessonEditorProps {
  course: CourseDetail
  /** The lesson as saved; null for a new one of `kind`. */
  saved: Lesson | null
  kind: LessonKind
}

type Blocker = 'fixFirst' | 'uploading' | null

/**
 * One lesson's form: titles and length for every kind, then the article, the video and its
 * captions, or the exercise. Nothing is sent while the Markdown has what the server refuses
 * or a file is still uploading.
 */
export function LessonEditor({ course, saved, kind }: LessonEditorProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const describe = useProblemMessage()
  const problemOf = useFieldProblemText()
  const save = useSaveLesson(course.id)
  const language = useLanguage()
  const [values, setValues] = useState<LessonValues>(() =>
    saved ? lessonValuesOf(saved, language) : newLessonValues(kind, language),
  )
  const [errors, setErrors] = useState<FieldProblems<LessonField>>({})
  const [blocker, setBlocker] = useState<Blocker>(null)
  const [uploading, setUploading] = useState(false)
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null)

  const change = (patch: Partial<LessonValues>, cleared: LessonField[]) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => ({
      ...current,
      ...Object.fromEntries(cleared.map((f) => [f, undefined])),
    }))
    setBlocker(null)
    setNotice(null)
  }
  const problemText = (field: LessonField) => problemOf(errors[field])
  const text = (field: 'title' | 'titleEn' | 'minutes') => ({
    value: values[field],
    error: problemText(field),
    onChange: (event: { target: { value: string } }) =>
      change({ [field]: event.target.value }, [field]),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (uploading) return setBlocker('uploading')
    if (findUnsafeMarkdown(values.body).length > 0) return setBlocker('fixFirst')
    const result = lessonBodyOf(values, saved)
    if ('errors' in result) {
      setErrors(result.errors)
      return setBlocker('fixFirst')
    }
    if ('unchanged' in result) return setNotice('unchanged')
    save.mutate(result, {
      onSuccess: () => {
        if (saved) setNotice('saved')
        else navigate(`/courses/${course.id}`, withNotice('lessonSaved'))
      },
    })
  }

  return (
    <Card className="p-4 sm:p-6">
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t('courses.lesson.title')} lang="fa" dir="rtl" {...text('title')} />
          <TextField
            label={t('courses.lesson.titleEn')}
            hint={t('courses.course.optional')}
            lang="en"
            dir="ltr"
            {...text('titleEn')}
          />
          {kind !== 'video' && (
            <TextField
              label={t('courses.lesson.minutes')}
              inputMode="numeric"
              className="max-w-xs"
              {...text('minutes')}
            />
          )}
        </div>
        {kind === 'video' && (
          <VideoFields
            saved={saved}
            seconds={values.seconds}
            secondsError={problemText('seconds')}
            videoError={problemText('videoFileId')}
            captionsRemoved={Boolean(saved?.captions) && values.captionsFileId === null}
            onVideo={(videoFileId) => change({ videoFileId }, ['videoFileId'])}
            onCaptions={(captionsFileId) => change({ captionsFileId }, ['captionsFileId'])}
            onSeconds={(seconds) => change({ seconds }, ['seconds'])}
            onBusy={setUploading}
          />
        )}
        {kind === 'exercise' && (
          <ExerciseFields
            values={values}
            problemText={problemText}
            onKind={(exerciseKind) => change({ exerciseKind, choices: '' }, ['choices'])}
            onBreathing={(field, value) =>
              change({ breathing: { ...values.breathing, [field]: value } }, [field])
            }
            onChoices={(choices) => change({ choices }, ['choices'])}
          />
        )}
        <MarkdownField
          label={t(kind === 'article' ? 'courses.lesson.article' : 'courses.lesson.intro')}
          value={values.body}
          error={problemText('body')}
          onChange={(body) => change({ body }, ['body'])}
        />
        {blocker && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {t(`courses.errors.${blocker}`)}
          </p>
        )}
        {save.isError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {describe(save.error)}
          </p>
        )}
        {notice && (
          <Notice tone="success" onDismiss={() => setNotice(null)}>
            {t(`courses.lesson.${notice}`)}
          </Notice>
        )}
        <Button type="submit" className="self-start" loading={save.isPending} needsConnection>
          {t(saved ? 'courses.lesson.save' : 'courses.lesson.create')}
        </Button>
      </form>
    </Card>
  )
}
