import { createCourseBodySchema, updateCourseBodySchema } from '@yektayar/shared'
import type {
  CourseContentType,
  CourseDetail,
  CourseDifficulty,
  CreateCourseBody,
  UpdateCourseBody,
} from '@yektayar/shared/types'
import { type Language, localizeDigits } from '@yektayar/ui'
import { type FieldProblems, parseWholeNumber, problemsOf } from './form-errors.ts'

/** The course form as typed: the price in toman (as people in Iran think of it), tags as text. */
export interface CourseValues {
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  contentType: CourseContentType
  difficulty: CourseDifficulty
  tags: string
  priceToman: string
  /** A new picture's id, null to remove the picture, undefined to keep what the course has. */
  thumbnailFileId: string | null | undefined
}

export type CourseField = Exclude<keyof CourseValues, 'contentType' | 'difficulty'>

export const emptyCourse = (language: Language): CourseValues => ({
  title: '',
  titleEn: '',
  description: '',
  descriptionEn: '',
  contentType: 'article',
  difficulty: 'beginner',
  tags: '',
  priceToman: localizeDigits('0', language),
  thumbnailFileId: undefined,
})

/** Rials are what the API stores; a toman is ten of them. */
const RIALS_PER_TOMAN = 10

export function tomanToRials(typed: string): number | null {
  const toman = parseWholeNumber(typed)
  return toman === null ? null : toman * RIALS_PER_TOMAN
}

/** `sleep, anxiety` or `sleep anxiety` (a Persian comma too), in lower case. */
export const tagsOf = (typed: string) =>
  typed
    .toLowerCase()
    .split(/[\s,،]+/)
    .filter((tag) => tag !== '')

export function courseValuesOf(course: CourseDetail, language: Language): CourseValues {
  return {
    title: course.title,
    titleEn: course.titleEn ?? '',
    description: course.description ?? '',
    descriptionEn: course.descriptionEn ?? '',
    contentType: course.contentType ?? 'article',
    difficulty: course.difficulty ?? 'beginner',
    tags: course.tags.join(', '),
    priceToman: localizeDigits(String(Math.round(course.priceIrr / RIALS_PER_TOMAN)), language),
    thumbnailFileId: undefined,
  }
}

const FIELDS: Record<string, CourseField> = {
  title: 'title',
  titleEn: 'titleEn',
  description: 'description',
  descriptionEn: 'descriptionEn',
  priceIrr: 'priceToman',
  thumbnailFileId: 'thumbnailFileId',
}

const fieldOf = (path: string): CourseField | undefined =>
  path.startsWith('tags') ? 'tags' : FIELDS[path]

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/**
 * The body of POST /courses (a new course) or PATCH /courses/:id (the whole form; the picture
 * only when it changed), checked by the API's own schema, or the problems to show by each field.
 */
export function courseBodyOf(
  values: CourseValues,
  isNew: boolean,
): { body: CreateCourseBody | UpdateCourseBody } | { errors: FieldProblems<CourseField> } {
  const priceIrr = tomanToRials(values.priceToman)
  const input = {
    title: values.title,
    titleEn: orNull(values.titleEn),
    description: orNull(values.description),
    descriptionEn: orNull(values.descriptionEn),
    contentType: values.contentType,
    difficulty: values.difficulty,
    tags: tagsOf(values.tags),
    priceIrr: priceIrr ?? Number.NaN,
    ...(values.thumbnailFileId === undefined ? {} : { thumbnailFileId: values.thumbnailFileId }),
  }
  const parsed = (isNew ? createCourseBodySchema : updateCourseBodySchema).safeParse(input)
  if (parsed.success) return { body: parsed.data }
  const errors = problemsOf(parsed.error.issues, fieldOf)
  if (errors.priceToman) errors.priceToman = { key: 'price' }
  return { errors }
}
