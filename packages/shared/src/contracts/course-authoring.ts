import { z } from 'zod'
import { uuidSchema } from './common.ts'
import {
  COURSE_CONTENT_TYPES,
  COURSE_DIFFICULTIES,
  MAX_ARTICLE_LENGTH,
  MAX_COURSE_TAGS,
  MAX_LESSON_SECONDS,
  MAX_LESSONS_PER_COURSE,
} from './course-constants.ts'
import { courseTagSchema } from './courses.ts'
import { exerciseDefinitionSchema } from './exercises.ts'

/**
 * Authoring courses (`courses.manage`): courses and lessons are written here, published when
 * ready. Markdown is checked on save (`findUnsafeMarkdown`): raw HTML, links that are not
 * http(s)/mailto/ours and images not from our storage answer 422 MARKDOWN_UNSAFE. Media are
 * `course_media` uploads (POST /files) put on a lesson by id; a video is MP4 or WebM, captions
 * WebVTT, a thumbnail a picture.
 */

const title = z.string().trim().min(1).max(255)
const optionalText = (max: number) => z.string().trim().max(max).nullable()
const markdown = z.string().max(MAX_ARTICLE_LENGTH)
const seconds = z.number().int().min(1).max(MAX_LESSON_SECONDS)

const courseFields = {
  title,
  titleEn: optionalText(255),
  description: optionalText(5000),
  descriptionEn: optionalText(5000),
  contentType: z.enum(COURSE_CONTENT_TYPES),
  difficulty: z.enum(COURSE_DIFFICULTIES),
  tags: z.array(courseTagSchema).max(MAX_COURSE_TAGS),
  /** Integer rials; 0 is free. Priced courses are bought through POST /payments/initiate. */
  priceIrr: z.number().int().min(0).max(100_000_000_000),
  /** A psychologist or admin who reviewed the content (422 REVIEWER_INVALID otherwise). */
  reviewerId: uuidSchema.nullable(),
  /** A ready `course_media` picture I uploaded, or one already on this course. */
  thumbnailFileId: uuidSchema.nullable(),
}

/** POST /courses: a new unpublished course; I am its author. */
export const createCourseBodySchema = z.strictObject({
  ...courseFields,
  titleEn: courseFields.titleEn.default(null),
  description: courseFields.description.default(null),
  descriptionEn: courseFields.descriptionEn.default(null),
  tags: courseFields.tags.default([]),
  priceIrr: courseFields.priceIrr.default(0),
  reviewerId: courseFields.reviewerId.default(null),
  thumbnailFileId: courseFields.thumbnailFileId.default(null),
})

const atLeastOne = (body: object) => Object.keys(body).length > 0

/** PATCH /courses/:id: any of the fields. */
export const updateCourseBodySchema = z
  .strictObject(courseFields)
  .partial()
  .refine(atLeastOne, 'EMPTY_UPDATE')

const lessonBase = { title, titleEn: optionalText(255).default(null), durationSeconds: seconds }

/** POST /courses/:id/lessons: a lesson at the end of the course. */
export const createLessonBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), ...lessonBase, body: markdown.min(1) }),
  z.strictObject({
    kind: z.literal('video'),
    ...lessonBase,
    /** The video's length: completion is 95% of it. */
    durationSeconds: seconds,
    body: markdown.nullable().default(null),
    videoFileId: uuidSchema,
    captionsFileId: uuidSchema.nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('exercise'),
    ...lessonBase,
    body: markdown.nullable().default(null),
    exercise: exerciseDefinitionSchema,
  }),
])

/**
 * PATCH /lessons/:id: any of the fields its kind has (a video's files, an exercise's
 * definition); a lesson's kind does not change. An article's body cannot be emptied.
 */
export const updateLessonBodySchema = z
  .strictObject({
    title,
    titleEn: optionalText(255),
    durationSeconds: seconds,
    body: markdown.nullable(),
    videoFileId: uuidSchema,
    captionsFileId: uuidSchema.nullable(),
    exercise: exerciseDefinitionSchema,
  })
  .partial()
  .refine(atLeastOne, 'EMPTY_UPDATE')

/** PUT /courses/:id/lesson-order: every lesson of the course exactly once, in the new order. */
export const lessonOrderBodySchema = z.strictObject({
  lessonIds: z
    .array(uuidSchema)
    .min(1)
    .max(MAX_LESSONS_PER_COURSE)
    .refine((ids) => new Set(ids).size === ids.length, 'DUPLICATE_LESSON'),
})

/** Enrolments and completions in one week, weeks starting on Saturday in Asia/Tehran. */
export const courseWeekFiguresSchema = z.object({
  /** `YYYY-MM-DD`, a Saturday. */
  weekStart: z.string(),
  enrolments: z.number().int(),
  completions: z.number().int(),
})

/** GET /courses/:id/figures: totals, and the last 12 weeks (oldest first, empty weeks too). */
export const courseFiguresSchema = z
  .object({
    courseId: uuidSchema,
    enrolments: z.number().int(),
    completions: z.number().int(),
    /** Mean progress of every enrolment, 0–100, one decimal. */
    averageProgress: z.number(),
    byWeek: z.array(courseWeekFiguresSchema),
  })
  .meta({ id: 'CourseFigures' })

export type CreateCourseBody = z.input<typeof createCourseBodySchema>
export type UpdateCourseBody = z.infer<typeof updateCourseBodySchema>
export type CreateLessonBody = z.input<typeof createLessonBodySchema>
export type UpdateLessonBody = z.infer<typeof updateLessonBodySchema>
export type LessonOrderBody = z.infer<typeof lessonOrderBodySchema>
export type CourseFigures = z.infer<typeof courseFiguresSchema>
export type CourseWeekFigures = z.infer<typeof courseWeekFiguresSchema>
