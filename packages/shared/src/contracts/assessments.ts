import { z } from 'zod'
import {
  ASSESSMENT_FLAGS,
  ASSESSMENT_KINDS,
  ASSESSMENT_NOTE_MAX,
  ASSIGNMENT_RECURRENCES,
  RECOMMENDATION_KINDS,
  TRAIT_LEVELS,
} from './assessment-constants.ts'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'
import { personRefSchema } from './courses.ts'
import { safetyDecisionSchema } from './safety.ts'

/**
 * Assessments (issue 18): validated instruments kept as data (PHQ-9, GAD-7, IPIP Big-Five
 * markers), scored by one engine; drafts that resume on any device; results with bands, flags
 * and recommendations; psychologists' assignments and the results patients share with them.
 */

const bilingualSchema = z.object({ fa: z.string(), en: z.string() })

/** `:id` of an instrument: its uuid or its stable slug (`phq-9`, `gad-7`, `ipip-50`). */
export const assessmentParamsSchema = z.strictObject({
  id: z.union([uuidSchema, z.string().regex(/^[a-z0-9-]{2,40}$/)]),
})

export const assessmentBriefSchema = z
  .object({
    id: uuidSchema,
    slug: z.string(),
    title: bilingualSchema,
    kind: z.enum(ASSESSMENT_KINDS),
  })
  .meta({ id: 'AssessmentBrief' })

export const answerOptionSchema = z.object({ value: z.number().int(), label: bilingualSchema })
export const assessmentItemSchema = z.object({ id: z.string(), text: bilingualSchema })

export const citationSchema = z.object({
  language: z.enum(['fa', 'en']),
  text: z.string(),
  url: z.string().nullable(),
})

/** One item's answer, as the client sends it and the result keeps it. */
export const itemAnswerSchema = z.strictObject({
  itemId: z.string().min(1).max(20),
  value: z.number().int(),
})

export const draftSchema = z
  .object({
    answers: z.array(itemAnswerSchema),
    /** The item the person was on (0-based), so another device opens at the same screen. */
    position: z.number().int(),
    note: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AssessmentDraft' })

/** A band or trait level's range and its meaning, from the instrument's scoring rules. */
export const bandSchema = z.object({
  key: z.string(),
  min: z.number(),
  max: z.number(),
  label: bilingualSchema,
  meaning: bilingualSchema,
})

export const scaleScoreSchema = z.object({
  key: z.string(),
  label: bilingualSchema,
  score: z.number(),
  min: z.number(),
  max: z.number(),
  /** The band of a screening scale, null when the scale has none. */
  band: z.string().nullable(),
  /** low, average or high for a personality trait. */
  level: z.enum(TRAIT_LEVELS).nullable(),
})

export const recommendationSchema = z
  .object({
    kind: z.enum(RECOMMENDATION_KINDS),
    /** A stable key the web app words (e.g. `breathing`, `depression`). */
    key: z.string(),
    /** App path the web app opens. */
    link: z.string(),
    /** A course's own title; null for the kinds the app words itself. */
    title: bilingualSchema.nullable(),
  })
  .meta({ id: 'AssessmentRecommendation' })

export const resultSummarySchema = z
  .object({
    id: uuidSchema,
    assessment: assessmentBriefSchema,
    completedAt: z.string(),
    /** The main scale's score (a screening total); null for a personality profile. */
    total: z.number().nullable(),
    band: z.string().nullable(),
    flags: z.array(z.enum(ASSESSMENT_FLAGS)),
    personalityType: bilingualSchema.nullable(),
    sharedWithPsychologist: z.boolean(),
  })
  .meta({ id: 'AssessmentResultSummary' })

export const assessmentResultSchema = resultSummarySchema
  .extend({
    scales: z.array(scaleScoreSchema),
    bands: z.array(bandSchema),
    answers: z.array(itemAnswerSchema),
    note: z.string().nullable(),
    recommendations: z.array(recommendationSchema),
    assignmentId: uuidSchema.nullable(),
  })
  .meta({ id: 'AssessmentResult' })

export const pendingAssignmentSchema = z
  .object({
    id: uuidSchema,
    assessment: assessmentBriefSchema,
    psychologist: personRefSchema,
    recurrence: z.enum(ASSIGNMENT_RECURRENCES),
    note: z.string().nullable(),
    /** Before which session it is due (every_session), else null. */
    dueAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'PendingAssessmentAssignment' })

export const assessmentListItemSchema = assessmentBriefSchema
  .extend({
    description: bilingualSchema,
    itemCount: z.number().int(),
    minutes: z.number().int(),
    latest: resultSummarySchema.nullable(),
    /** Answers saved in my draft, null without a draft. */
    draftAnswered: z.number().int().nullable(),
  })
  .meta({ id: 'AssessmentListItem' })

export const assessmentListSchema = z.object({
  items: z.array(assessmentListItemSchema),
  assignments: z.array(pendingAssignmentSchema),
})

export const assessmentDetailSchema = assessmentListItemSchema
  .extend({
    version: z.number().int(),
    instructions: bilingualSchema,
    options: z.array(answerOptionSchema),
    items: z.array(assessmentItemSchema),
    bands: z.array(bandSchema),
    citations: z.array(citationSchema),
    draft: draftSchema.nullable(),
  })
  .meta({ id: 'AssessmentDetail' })

const noteField = z.string().trim().max(ASSESSMENT_NOTE_MAX)

/** PUT /assessments/:id/draft: what is answered so far (any subset, each item at most once). */
export const saveDraftBodySchema = z.strictObject({
  answers: z.array(itemAnswerSchema).max(200),
  position: z.number().int().min(0).max(199),
  note: noteField.optional(),
})

/** POST /assessments/:id/submit: every item once, each within the instrument's options. */
export const submitAssessmentBodySchema = z.strictObject({
  answers: z.array(itemAnswerSchema).max(200),
  note: noteField.optional(),
})

export const submitAssessmentResponseSchema = z.object({
  result: assessmentResultSchema,
  /** The safety module's decision on item 9 and the note: the client reacts at once. */
  safety: safetyDecisionSchema,
})

export const resultListQuerySchema = z.strictObject({
  assessmentId: uuidSchema.optional(),
  ...pageQueryFields(100),
})
export const resultPageSchema = pageOf(resultSummarySchema)

export const resultSharingBodySchema = z.strictObject({ shared: z.boolean() })

/** POST /patients/:patientId/assessment-assignments. */
export const createAssignmentBodySchema = z.strictObject({
  assessmentId: uuidSchema,
  recurrence: z.enum(ASSIGNMENT_RECURRENCES),
  note: z.string().trim().max(500).optional(),
})

export const assignmentSchema = z
  .object({
    id: uuidSchema,
    assessment: assessmentBriefSchema,
    recurrence: z.enum(ASSIGNMENT_RECURRENCES),
    note: z.string().nullable(),
    createdAt: z.string(),
    /** Answered (once), else null; an every-session assignment stays open until cancelled. */
    completedAt: z.string().nullable(),
    /** Waiting for an answer now (before the next session, or not yet answered once). */
    pending: z.boolean(),
    dueAt: z.string().nullable(),
  })
  .meta({ id: 'AssessmentAssignment' })
export const assignmentListSchema = z.object({ items: z.array(assignmentSchema) })

/** A shared result as the treating psychologist reads it: with the item answers. */
export const sharedResultSchema = assessmentResultSchema.omit({ recommendations: true })
export const sharedResultPageSchema = pageOf(sharedResultSchema)

export const trendPointSchema = z.object({
  resultId: uuidSchema,
  completedAt: z.string(),
  total: z.number(),
  band: z.string().nullable(),
})
export const trendSeriesSchema = z.object({
  assessment: assessmentBriefSchema,
  min: z.number(),
  max: z.number(),
  bands: z.array(bandSchema),
  points: z.array(trendPointSchema),
})
/** Per screening instrument, oldest first (the last 52 results). */
export const trendListSchema = z.object({ series: z.array(trendSeriesSchema) })

/** Admin figures: how many results per instrument and band; never a person's answers. */
export const assessmentFiguresSchema = z.object({
  items: z.array(
    z.object({
      assessment: assessmentBriefSchema,
      results: z.number().int(),
      people: z.number().int(),
      bands: z.array(z.object({ band: z.string(), count: z.number().int() })),
    }),
  ),
})

export type AssessmentBrief = z.infer<typeof assessmentBriefSchema>
export type AnswerOption = z.infer<typeof answerOptionSchema>
export type AssessmentItem = z.infer<typeof assessmentItemSchema>
export type Citation = z.infer<typeof citationSchema>
export type ItemAnswer = z.infer<typeof itemAnswerSchema>
export type AssessmentDraft = z.infer<typeof draftSchema>
export type Band = z.infer<typeof bandSchema>
export type ScaleScore = z.infer<typeof scaleScoreSchema>
export type AssessmentRecommendation = z.infer<typeof recommendationSchema>
export type AssessmentResultSummary = z.infer<typeof resultSummarySchema>
export type AssessmentResult = z.infer<typeof assessmentResultSchema>
export type PendingAssignment = z.infer<typeof pendingAssignmentSchema>
export type AssessmentListItem = z.infer<typeof assessmentListItemSchema>
export type AssessmentList = z.infer<typeof assessmentListSchema>
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>
export type SaveDraftBody = z.infer<typeof saveDraftBodySchema>
export type SubmitAssessmentBody = z.infer<typeof submitAssessmentBodySchema>
export type SubmitAssessmentResponse = z.infer<typeof submitAssessmentResponseSchema>
export type ResultListQuery = z.infer<typeof resultListQuerySchema>
export type ResultPage = z.infer<typeof resultPageSchema>
export type ResultSharingBody = z.infer<typeof resultSharingBodySchema>
export type CreateAssignmentBody = z.infer<typeof createAssignmentBodySchema>
export type AssessmentAssignment = z.infer<typeof assignmentSchema>
export type AssignmentList = z.infer<typeof assignmentListSchema>
export type SharedResult = z.infer<typeof sharedResultSchema>
export type SharedResultPage = z.infer<typeof sharedResultPageSchema>
export type TrendPoint = z.infer<typeof trendPointSchema>
export type TrendSeries = z.infer<typeof trendSeriesSchema>
export type TrendList = z.infer<typeof trendListSchema>
export type AssessmentFigures = z.infer<typeof assessmentFiguresSchema>
