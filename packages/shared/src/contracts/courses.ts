import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'
import {
  COURSE_CONTENT_TYPES,
  COURSE_DIFFICULTIES,
  COURSE_PRICE_FILTERS,
  ENROLLMENT_STATUSES,
  LESSON_KINDS,
  MAX_COURSE_TAGS,
} from './course-constants.ts'
import { exerciseDefinitionSchema } from './exercises.ts'

export * from './course-constants.ts'

/**
 * Courses (issue 17): the catalogue, a course with its lessons, enrolment and per-lesson
 * progress. Titles and descriptions come in Persian (the seed's `title`, `description`) and
 * English (`titleEn`, `descriptionEn`, null when the author wrote none); clients pick by their
 * language and fall back to Persian. Prices are integer rials; 0 is free.
 */

/** A tag is a stable key (`sleep`, `anxiety`); the front ends translate it. */
export const courseTagSchema = z
  .string()
  .max(30)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true')
const minutesQuery = z.coerce.number().int().min(0).max(100_000)

/** `?tags=sleep,anxiety`: courses with any of them. */
const tagListQuery = z
  .string()
  .max(400)
  .transform((value) => value.split(',').filter((tag) => tag !== ''))
  .pipe(z.array(courseTagSchema).max(MAX_COURSE_TAGS))

export const courseListQuerySchema = z.strictObject({
  /** Part of a title or description, Persian or English; ي/ی, ك/ک, ZWNJ, spaces and Persian or Arabic digits do not matter. */
  q: z.string().trim().max(80).optional(),
  tags: tagListQuery.optional(),
  difficulty: z.enum(COURSE_DIFFICULTIES).optional(),
  contentType: z.enum(COURSE_CONTENT_TYPES).optional(),
  price: z.enum(COURSE_PRICE_FILTERS).optional(),
  minMinutes: minutesQuery.optional(),
  maxMinutes: minutesQuery.optional(),
  /** Unpublished courses too, newest created first: only with `courses.manage` (else 403). */
  includeDrafts: booleanQuery.optional(),
  ...pageQueryFields(50),
})
export type CourseListQuery = z.input<typeof courseListQuerySchema>

/** My enrolment as a list row shows it; null when I am not enrolled (or not signed in). */
export const enrollmentBriefSchema = z.object({
  id: uuidSchema,
  /** 0–100: completed lessons out of the course's lessons, as it has them now. */
  progress: z.number().int().min(0).max(100),
  startedAt: z.string(),
  /** When progress first reached 100; kept if lessons are added later. */
  completedAt: z.string().nullable(),
  lastActivityAt: z.string(),
})

export const courseSummarySchema = z
  .object({
    id: uuidSchema,
    title: z.string(),
    titleEn: z.string().nullable(),
    description: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    /** A course media picture, readable by anyone signed in who can see the course. */
    thumbnailUrl: z.string().nullable(),
    contentType: z.enum(COURSE_CONTENT_TYPES).nullable(),
    difficulty: z.enum(COURSE_DIFFICULTIES).nullable(),
    /** The sum of its lessons' lengths, rounded up. */
    durationMinutes: z.number().int(),
    tags: z.array(z.string()),
    priceIrr: z.number().int(),
    lessonCount: z.number().int(),
    isPublished: z.boolean(),
    publishedAt: z.string().nullable(),
    myEnrollment: enrollmentBriefSchema.nullable(),
  })
  .meta({ id: 'CourseSummary' })

export const coursePageSchema = pageOf(courseSummarySchema)

export const mediaRefSchema = z.object({
  fileId: uuidSchema,
  /** GET it with the session: byte ranges (206) for video. */
  url: z.string(),
})

export const lessonProgressSchema = z
  .object({
    lessonId: uuidSchema,
    /** Video: the furthest second reached, where playing resumes. */
    positionSeconds: z.number().int(),
    completed: z.boolean(),
    completedAt: z.string().nullable(),
    /** The client's running total of seconds spent on the lesson. */
    timeSpentSeconds: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LessonProgress' })

/**
 * A lesson. `body` (Markdown: the article, or a video's or exercise's introduction), `video`,
 * `captions` and `exercise` are null in a priced course the reader has not bought (`locked`).
 * Render `body` without raw HTML and pass every address through `safeMarkdownUrl`.
 */
export const lessonSchema = z
  .object({
    id: uuidSchema,
    courseId: uuidSchema,
    /** 1, 2, 3… in the course's order. */
    position: z.number().int(),
    kind: z.enum(LESSON_KINDS),
    title: z.string(),
    titleEn: z.string().nullable(),
    durationSeconds: z.number().int(),
    body: z.string().nullable(),
    video: mediaRefSchema.nullable(),
    /** WebVTT (`text/vtt`), Persian; use it as a `<track kind="captions" srclang="fa">`. */
    captions: mediaRefSchema.nullable(),
    exercise: exerciseDefinitionSchema.nullable(),
    myProgress: lessonProgressSchema.nullable(),
  })
  .meta({ id: 'Lesson' })

export const enrollmentSchema = enrollmentBriefSchema
  .extend({
    courseId: uuidSchema,
    /** The lesson last touched, where "continue" takes the learner. */
    lastLessonId: uuidSchema.nullable(),
    /** Whether my psychologists may see my progress in this course. */
    sharedWithPsychologist: z.boolean(),
  })
  .meta({ id: 'Enrollment' })

export const personRefSchema = z.object({
  id: uuidSchema,
  name: z.object({ fa: z.string(), en: z.string() }),
})

/** Where to pick up: the first unfinished lesson from the last one touched, and its position. */
export const resumePointSchema = z.object({
  lessonId: uuidSchema,
  positionSeconds: z.number().int(),
})

export const courseDetailSchema = courseSummarySchema
  .extend({
    author: personRefSchema.nullable(),
    /** The clinician who reviewed the content, when there was one. */
    reviewer: personRefSchema.nullable(),
    /** Priced, not bought, not an author: lessons are listed without their content. */
    locked: z.boolean(),
    lessons: z.array(lessonSchema),
    myEnrollment: enrollmentSchema.nullable(),
    resume: resumePointSchema.nullable(),
  })
  .meta({ id: 'CourseDetail' })

/**
 * PATCH /enrollments/:id/progress. Progress only moves forward: a lower position or
 * `completed: false` leaves what is saved (answered 200 with it), so retries and late,
 * out-of-order updates are harmless. Times are the client's running totals, not increments.
 * A video completes at 95% of its length from its position; an article or exercise when the
 * client reports `completed` (an article after a few seconds on screen). The course's 0–100
 * progress is derived, never sent.
 */
export const progressUpdateBodySchema = z.strictObject({
  lessonId: uuidSchema,
  positionSeconds: z.number().int().min(0).max(86_400).optional(),
  completed: z.boolean().optional(),
  timeSpentSeconds: z.number().int().min(0).max(86_400).optional(),
})

export const progressUpdateResponseSchema = z.object({
  enrollment: enrollmentSchema,
  lesson: lessonProgressSchema,
})

export const enrollmentSharingBodySchema = z.strictObject({
  sharedWithPsychologist: z.boolean(),
})

export const myEnrollmentListQuerySchema = z.strictObject({
  status: z.enum(ENROLLMENT_STATUSES).default('all'),
  ...pageQueryFields(50),
})
export type MyEnrollmentListQuery = z.input<typeof myEnrollmentListQuerySchema>

export const courseBriefSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  titleEn: z.string().nullable(),
  thumbnailUrl: z.string().nullable(),
  contentType: z.enum(COURSE_CONTENT_TYPES).nullable(),
  durationMinutes: z.number().int(),
  priceIrr: z.number().int(),
  lessonCount: z.number().int(),
})

/** The lesson "continue" opens, with the video position to resume at. */
export const nextLessonSchema = z.object({
  lessonId: uuidSchema,
  title: z.string(),
  titleEn: z.string().nullable(),
  kind: z.enum(LESSON_KINDS),
  positionSeconds: z.number().int(),
})

/**
 * GET /enrollments/me: last touched first. The dashboard's "continue where I left off" card
 * is the first item of `?status=active&limit=1`.
 */
export const myEnrollmentSchema = enrollmentSchema
  .extend({ course: courseBriefSchema, next: nextLessonSchema.nullable() })
  .meta({ id: 'MyEnrollment' })

export const myEnrollmentPageSchema = pageOf(myEnrollmentSchema)

export type CourseSummary = z.infer<typeof courseSummarySchema>
export type CoursePage = z.infer<typeof coursePageSchema>
export type CourseDetail = z.infer<typeof courseDetailSchema>
export type CourseBrief = z.infer<typeof courseBriefSchema>
export type Lesson = z.infer<typeof lessonSchema>
export type LessonProgress = z.infer<typeof lessonProgressSchema>
export type MediaRef = z.infer<typeof mediaRefSchema>
export type Enrollment = z.infer<typeof enrollmentSchema>
export type EnrollmentBrief = z.infer<typeof enrollmentBriefSchema>
export type PersonRef = z.infer<typeof personRefSchema>
export type ResumePoint = z.infer<typeof resumePointSchema>
export type ProgressUpdateBody = z.infer<typeof progressUpdateBodySchema>
export type ProgressUpdateResponse = z.infer<typeof progressUpdateResponseSchema>
export type EnrollmentSharingBody = z.infer<typeof enrollmentSharingBodySchema>
export type NextLesson = z.infer<typeof nextLessonSchema>
export type MyEnrollment = z.infer<typeof myEnrollmentSchema>
export type MyEnrollmentPage = z.infer<typeof myEnrollmentPageSchema>
