import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'
import { safetyDecisionSchema } from './safety.ts'

/**
 * Interactive exercises are data (issue 17): a lesson of kind `exercise` holds one definition,
 * and a learner's answers to it are kept privately, shared with their psychologist only when
 * they choose. Each kind has its definition (what the author sets) and its answer (what the
 * learner writes); an answer's `kind` must be its lesson's.
 */

const shortText = z.string().trim().min(1).max(40)
const answerText = (max: number) => z.string().trim().max(max)

/** A guided breathing timer: one cycle is in, hold, out, rest; the client paces and counts. */
export const breathingExerciseSchema = z.strictObject({
  kind: z.literal('breathing'),
  inhaleSeconds: z.number().int().min(1).max(10),
  holdSeconds: z.number().int().min(0).max(10),
  exhaleSeconds: z.number().int().min(1).max(12),
  restSeconds: z.number().int().min(0).max(10),
  cycles: z.number().int().min(1).max(30),
})

/**
 * A CBT thought record: situation, automatic thought, emotion rated 0–100, evidence for and
 * against, a balanced thought, and the emotion re-rated. `emotions` are suggestions to pick from.
 */
export const thoughtRecordExerciseSchema = z.strictObject({
  kind: z.literal('thought_record'),
  emotions: z.array(shortText).max(20).default([]),
})

/** A daily mood check-in on a 1–5 scale, with optional factors to tick (sleep, work, …). */
export const moodCheckinExerciseSchema = z.strictObject({
  kind: z.literal('mood_checkin'),
  factors: z.array(shortText).max(20).default([]),
})

export const exerciseDefinitionSchema = z
  .discriminatedUnion('kind', [
    breathingExerciseSchema,
    thoughtRecordExerciseSchema,
    moodCheckinExerciseSchema,
  ])
  .meta({ id: 'ExerciseDefinition' })

export const breathingAnswerSchema = z.strictObject({
  kind: z.literal('breathing'),
  cyclesCompleted: z.number().int().min(0).max(100),
  /** How calm the learner felt before and after, 0–10. */
  calmBefore: z.number().int().min(0).max(10).optional(),
  calmAfter: z.number().int().min(0).max(10).optional(),
})

export const thoughtRecordAnswerSchema = z.strictObject({
  kind: z.literal('thought_record'),
  situation: answerText(2000).min(1),
  automaticThought: answerText(2000).min(1),
  emotion: answerText(60).min(1),
  intensityBefore: z.number().int().min(0).max(100),
  evidenceFor: answerText(2000).default(''),
  evidenceAgainst: answerText(2000).default(''),
  balancedThought: answerText(2000).default(''),
  /** The emotion re-rated after the balanced thought, 0–100. */
  intensityAfter: z.number().int().min(0).max(100).optional(),
})

export const moodCheckinAnswerSchema = z.strictObject({
  kind: z.literal('mood_checkin'),
  mood: z.number().int().min(1).max(5),
  factors: z.array(shortText).max(10).default([]),
  note: answerText(1000).optional(),
})

export const exerciseAnswerContentSchema = z
  .discriminatedUnion('kind', [
    breathingAnswerSchema,
    thoughtRecordAnswerSchema,
    moodCheckinAnswerSchema,
  ])
  .meta({ id: 'ExerciseAnswerContent' })

/** POST /lessons/:id/answers: private unless `sharedWithPsychologist`. */
export const createExerciseAnswerBodySchema = z.strictObject({
  answer: exerciseAnswerContentSchema,
  sharedWithPsychologist: z.boolean().default(false),
})

/** PATCH /exercise-answers/:id: share an answer with my psychologist, or stop sharing it. */
export const exerciseAnswerSharingBodySchema = z.strictObject({
  sharedWithPsychologist: z.boolean(),
})

export const exerciseAnswerSchema = z
  .object({
    id: uuidSchema,
    /** Null once the author removed the lesson: the learner's writing stays theirs. */
    lessonId: uuidSchema.nullable(),
    courseId: uuidSchema.nullable(),
    answer: exerciseAnswerContentSchema,
    sharedWithPsychologist: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExerciseAnswer' })

/** The answer to a save: what was kept, and the safety module's decision on the words (§11). */
export const savedExerciseAnswerSchema = exerciseAnswerSchema
  .extend({ safety: safetyDecisionSchema })
  .meta({ id: 'SavedExerciseAnswer' })

export const exerciseAnswerListQuerySchema = z.strictObject(pageQueryFields(50))
export const exerciseAnswerPageSchema = pageOf(exerciseAnswerSchema)

export type ExerciseDefinition = z.infer<typeof exerciseDefinitionSchema>
export type ExerciseAnswerContent = z.infer<typeof exerciseAnswerContentSchema>
export type CreateExerciseAnswerBody = z.input<typeof createExerciseAnswerBodySchema>
export type ExerciseAnswerSharingBody = z.infer<typeof exerciseAnswerSharingBodySchema>
export type ExerciseAnswer = z.infer<typeof exerciseAnswerSchema>
export type SavedExerciseAnswer = z.infer<typeof savedExerciseAnswerSchema>
export type ExerciseAnswerPage = z.infer<typeof exerciseAnswerPageSchema>
