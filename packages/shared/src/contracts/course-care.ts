import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'
import {
  courseBriefSchema,
  enrollmentBriefSchema,
  enrollmentSchema,
  personRefSchema,
} from './courses.ts'
import { exerciseAnswerSchema } from './exercises.ts'

/**
 * Courses in care (issue 17): a psychologist recommends a course to their own patient (a
 * treating relation: a confirmed appointment between them, else 404), and sees what that
 * patient chose to share: exercise answers and progress in courses.
 */

export const patientParamsSchema = z.strictObject({ patientId: uuidSchema })

/** POST /patients/:patientId/course-recommendations. Recommending again refreshes it. */
export const createCourseRecommendationBodySchema = z.strictObject({
  courseId: uuidSchema,
  note: z.string().trim().max(500).optional(),
})

export const courseRecommendationSchema = z
  .object({
    id: uuidSchema,
    course: courseBriefSchema,
    psychologist: personRefSchema,
    note: z.string().nullable(),
    createdAt: z.string(),
    /** The patient's own enrolment in the course, if any. */
    myEnrollment: enrollmentBriefSchema.nullable(),
  })
  .meta({ id: 'CourseRecommendation' })

export const courseRecommendationListQuerySchema = z.strictObject(pageQueryFields(50))
export const courseRecommendationPageSchema = pageOf(courseRecommendationSchema)

/** An answer a patient shared, with where it was written. */
export const sharedExerciseAnswerSchema = exerciseAnswerSchema
  .extend({
    lessonTitle: z.string().nullable(),
    courseTitle: z.string().nullable(),
  })
  .meta({ id: 'SharedExerciseAnswer' })

export const sharedExerciseAnswerPageSchema = pageOf(sharedExerciseAnswerSchema)

/** A patient's progress in a course they share with their psychologists. */
export const sharedEnrollmentSchema = enrollmentSchema
  .extend({ course: courseBriefSchema })
  .meta({ id: 'SharedEnrollment' })

export const sharedEnrollmentListSchema = z.object({ items: z.array(sharedEnrollmentSchema) })

export type CreateCourseRecommendationBody = z.infer<typeof createCourseRecommendationBodySchema>
export type CourseRecommendation = z.infer<typeof courseRecommendationSchema>
export type CourseRecommendationPage = z.infer<typeof courseRecommendationPageSchema>
export type SharedExerciseAnswer = z.infer<typeof sharedExerciseAnswerSchema>
export type SharedExerciseAnswerPage = z.infer<typeof sharedExerciseAnswerPageSchema>
export type SharedEnrollment = z.infer<typeof sharedEnrollmentSchema>
export type SharedEnrollmentList = z.infer<typeof sharedEnrollmentListSchema>
