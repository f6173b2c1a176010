import {
  createExerciseAnswerBodySchema,
  exerciseAnswerListQuerySchema,
  exerciseAnswerPageSchema,
  exerciseAnswerSchema,
  exerciseAnswerSharingBodySchema,
  idParamsSchema,
  savedExerciseAnswerSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import {
  listMyExerciseAnswers,
  saveExerciseAnswer,
  setExerciseAnswerSharing,
} from './exercise-answer.service.ts'
import type { LearningDeps } from './learning-deps.ts'

const tags = ['courses']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** My answers to exercises: private, shared with my psychologists only when I choose. */
export const exerciseAnswerRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/lessons/:id/answers',
    {
      schema: {
        tags,
        security,
        summary: 'Save my answer to an exercise',
        description:
          'In a course I am enrolled in (409 NOT_ENROLLED otherwise). The answer’s `kind` must be the exercise’s: 422 EXERCISE_ANSWER_MISMATCH. Private unless `sharedWithPsychologist`. The words go through the safety module: `safety` is its decision, and a crisis has alerted on-call staff.',
        params: idParamsSchema,
        body: createExerciseAnswerBodySchema.meta({
          'x-examples': {
            mood: {
              summary: 'A mood check-in',
              value: {
                answer: { kind: 'mood_checkin', mood: 3, factors: ['خواب'], note: 'کمی خسته' },
              },
            },
            thoughtRecord: {
              summary: 'A thought record, shared with my psychologist',
              value: {
                answer: {
                  kind: 'thought_record',
                  situation: 'جلسهٔ کاری',
                  automaticThought: 'همه فکر می‌کنند من بی‌عرضه‌ام',
                  emotion: 'اضطراب',
                  intensityBefore: 80,
                  evidenceFor: 'مدیرم اخم کرد',
                  evidenceAgainst: 'هفتهٔ پیش از کارم تعریف کرد',
                  balancedThought: 'شاید او نگران چیز دیگری بود',
                  intensityAfter: 45,
                },
                sharedWithPsychologist: true,
              },
            },
          },
        }),
        response: { 201: savedExerciseAnswerSchema },
      },
    },
    async (request, reply) => {
      const answer = await saveExerciseAnswer(
        deps,
        requireAuth(request),
        request.params.id,
        request.body,
      )
      return reply.code(201).send(answer)
    },
  )

  app.get(
    '/lessons/:id/answers',
    {
      schema: {
        tags,
        security,
        summary: 'My answers to an exercise',
        description: 'Newest first, keyset-paginated; only mine.',
        params: idParamsSchema,
        querystring: exerciseAnswerListQuerySchema,
        response: { 200: exerciseAnswerPageSchema },
      },
    },
    async (request) =>
      listMyExerciseAnswers(deps, requireAuth(request), request.params.id, request.query),
  )

  app.patch(
    '/exercise-answers/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Share an answer with my psychologists',
        description: 'Or stop sharing it. Someone else’s answer: 404.',
        params: idParamsSchema,
        body: exerciseAnswerSharingBodySchema,
        response: { 200: exerciseAnswerSchema },
      },
    },
    async (request) =>
      setExerciseAnswerSharing(
        deps,
        requireAuth(request),
        request.params.id,
        request.body.sharedWithPsychologist,
      ),
  )
}
