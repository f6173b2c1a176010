import type { CourseDetail } from '@yektayar/shared/types'
import { COURSE_CONTENT_TYPES, COURSE_DIFFICULTIES } from '@yektayar/shared/types'
import {
  Button,
  Card,
  formatMoney,
  formatNumber,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { useSaveCourse } from '../api/save-course.ts'
import {
  type CourseField,
  type CourseValues,
  courseBodyOf,
  courseValuesOf,
  emptyCourse,
  tomanToRials,
} from '../course-form.ts'
import { useFieldProblemText } from '../field-problem-text.ts'
import type { FieldProblems } from '../form-errors.ts'
import { ThumbnailField } from './thumbnail-field.tsx'

export interface CourseDetailsFormProps {
  /** The course being edited; none for a new one. */
  course?: CourseDetail
  onCreated?: (course: CourseDetail) => void
}

/** Titles and descriptions in both languages, format, level, tags, price and picture. */
export function CourseDetailsForm({ course, onCreated }: CourseDetailsFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describeProblem = useProblemMessage()
  const problemText = useFieldProblemText()
  const save = useSaveCourse(course?.id ?? null)
  const [values, setValues] = useState<CourseValues>(() =>
    course ? courseValuesOf(course, language) : emptyCourse(language),
  )
  const [errors, setErrors] = useState<FieldProblems<CourseField>>({})
  const [saved, setSaved] = useState(false)
  const [uploading, setUploading] = useState(false)

  const set = <K extends keyof CourseValues>(key: K, value: CourseValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
    setSaved(false)
  }
  const text = (field: Exclude<CourseField, 'thumbnailFileId'>) => ({
    value: values[field],
    error: problemText(errors[field]),
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (uploading) return
    const result = courseBodyOf(values, !course)
    if ('errors' in result) {
      setErrors(result.errors)
      return
    }
    save.mutate(result.body, {
      onSuccess: (saved) => {
        if (!course) onCreated?.(saved)
        else {
          setSaved(true)
          setValues((current) => ({ ...current, thumbnailFileId: undefined }))
        }
      },
    })
  }

  const rials = tomanToRials(values.priceToman)
  const priceHint =
    rials === null
      ? t('courses.course.priceHint')
      : rials === 0
        ? t('courses.free')
        : t('courses.course.priceReads', {
            money: formatMoney(rials, language),
            rials: formatNumber(rials, language),
          })
  return (
    <Card className="p-4 sm:p-6">
      <h2 className="text-xl font-bold text-ink">{t('courses.course.details')}</h2>
      <form noValidate onSubmit={submit} className="mt-4 flex flex-col gap-4">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t('courses.course.title')} lang="fa" dir="rtl" {...text('title')} />
          <TextField
            label={t('courses.course.titleEn')}
            hint={t('courses.course.optional')}
            lang="en"
            dir="ltr"
            {...text('titleEn')}
          />
          <TextAreaField
            label={t('courses.course.description')}
            lang="fa"
            dir="rtl"
            rows={4}
            {...text('description')}
          />
          <TextAreaField
            label={t('courses.course.descriptionEn')}
            hint={t('courses.course.optional')}
            lang="en"
            dir="ltr"
            rows={4}
            {...text('descriptionEn')}
          />
          <SelectField
            label={t('courses.course.contentType')}
            value={values.contentType}
            onChange={(event) =>
              set('contentType', event.target.value as CourseValues['contentType'])
            }
            options={COURSE_CONTENT_TYPES.map((type) => [type, t(`courses.contentTypes.${type}`)])}
          />
          <SelectField
            label={t('courses.course.difficulty')}
            value={values.difficulty}
            onChange={(event) =>
              set('difficulty', event.target.value as CourseValues['difficulty'])
            }
            options={COURSE_DIFFICULTIES.map((level) => [
              level,
              t(`courses.difficulties.${level}`),
            ])}
          />
          <TextField
            label={t('courses.course.tags')}
            hint={t('courses.course.tagsHint')}
            dir="ltr"
            autoCapitalize="none"
            spellCheck={false}
            {...text('tags')}
          />
          <TextField
            label={t('courses.course.price')}
            hint={priceHint}
            inputMode="numeric"
            {...text('priceToman')}
          />
        </div>
        {course && (
          <p className="text-sm text-ink-muted">
            {t('courses.course.duration', {
              minutes: formatNumber(course.durationMinutes, language),
            })}
          </p>
        )}
        <ThumbnailField
          currentUrl={values.thumbnailFileId === null ? null : (course?.thumbnailUrl ?? null)}
          error={problemText(errors.thumbnailFileId)}
          onChange={(fileId) => set('thumbnailFileId', fileId)}
          onBusy={setUploading}
        />
        {save.isError && (
          <p role="alert" className="rounded-xl bg-danger-soft p-3 font-medium text-danger">
            {describeProblem(save.error)}
          </p>
        )}
        {saved && (
          <Notice tone="success" onDismiss={() => setSaved(false)}>
            {t('courses.course.saved')}
          </Notice>
        )}
        <Button
          type="submit"
          className="self-start"
          loading={save.isPending}
          disabled={uploading}
          needsConnection
        >
          {course ? t('courses.course.save') : t('courses.course.create')}
        </Button>
      </form>
    </Card>
  )
}
