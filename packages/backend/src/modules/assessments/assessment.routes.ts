import {
  assessmentDetailSchema,
  assessmentFiguresSchema,
  assessmentListSchema,
  assessmentParamsSchema,
  draftSchema,
  saveDraftBodySchema,
  submitAssessmentBodySchema,
  submitAssessmentResponseSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { getAssessment, listAssessments } from './catalogue.service.ts'
import { discardDraft, saveDraft } from './draft.service.ts'
import { assessmentFigures } from './figures.service.ts'
import { submitAssessment } from './submit.service.ts'

const tags = ['assessments']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** The instruments, taking one (draft and submit), and admins' figures. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ deps: AssessmentDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/assessments',
    {
      schema: {
        tags,
        security,
        summary: 'Assessments I can take',
        description:
          'Active instruments in their order, each with my latest result and how far my draft got; `assignments` lists what my psychologists asked me to take and is waiting now.',
        response: { 200: assessmentListSchema },
      },
    },
    async (request) => listAssessments(deps, requireAuth(request)),
  )

  app.get(
    '/assessments/figures',
    {
      schema: {
        tags,
        security,
        summary: 'How many results per instrument and band',
        description: 'Needs `assessments.manage`. Counts only: never a person or their answers.',
        response: { 200: assessmentFiguresSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'assessments.manage')
      return assessmentFigures(deps)
    },
  )

  app.get(
    '/assessments/:id',
    {
      schema: {
        tags,
        security,
        summary: 'An assessment’s questions',
        description:
          '`:id` is the uuid or the slug (`phq-9`, `gad-7`, `ipip-50`). Texts come in both languages; `draft` is what I answered so far, to resume on any device. A retired instrument is 404.',
        params: assessmentParamsSchema,
        response: { 200: assessmentDetailSchema },
      },
    },
    async (request) => getAssessment(deps, requireAuth(request), request.params.id),
  )

  app.put(
    '/assessments/:id/draft',
    {
      schema: {
        tags,
        security,
        summary: 'Save my answers so far',
        description:
          'Replaces my draft. Items may be unanswered; an unknown, repeated or out-of-range answer is 422 as on submit.',
        params: assessmentParamsSchema,
        body: saveDraftBodySchema.meta({
          'x-examples': {
            halfway: {
              summary: 'Four PHQ-9 items answered, on the fifth screen',
              value: {
                answers: [
                  { itemId: 'phq9_1', value: 1 },
                  { itemId: 'phq9_2', value: 2 },
                  { itemId: 'phq9_3', value: 0 },
                  { itemId: 'phq9_4', value: 1 },
                ],
                position: 4,
              },
            },
          },
        }),
        response: { 200: draftSchema },
      },
    },
    async (request) => saveDraft(deps, requireAuth(request), request.params.id, request.body),
  )

  app.delete(
    '/assessments/:id/draft',
    {
      schema: {
        tags,
        security,
        summary: 'Start over',
        description: 'Drops my draft of this assessment.',
        params: assessmentParamsSchema,
      },
    },
    async (request, reply) => {
      await discardDraft(deps, requireAuth(request), request.params.id)
      return reply.code(204).send()
    },
  )

  app.post(
    '/assessments/:id/submit',
    {
      schema: {
        tags,
        security,
        summary: 'Submit my answers',
        description:
          'Every item exactly once, each one of its options; 422 `ASSESSMENT_ANSWER_UNKNOWN_ITEM`, `ASSESSMENT_ANSWER_DUPLICATED`, `ASSESSMENT_ANSWER_OUT_OF_RANGE` or `ASSESSMENT_ANSWERS_MISSING` otherwise (`errors[]` names the items), 409 `ASSESSMENT_INACTIVE` for a retired instrument. The result is shared with my treating psychologists until I withdraw it; my draft goes. `safety` is the safety module’s decision on PHQ-9 item 9 and the note: a crisis has raised a staff alert already, and the client shows the crisis card.',
        params: assessmentParamsSchema,
        body: submitAssessmentBodySchema.meta({
          'x-examples': {
            gad7: {
              summary: 'GAD-7, mild',
              value: {
                answers: [
                  { itemId: 'gad7_1', value: 1 },
                  { itemId: 'gad7_2', value: 1 },
                  { itemId: 'gad7_3', value: 2 },
                  { itemId: 'gad7_4', value: 1 },
                  { itemId: 'gad7_5', value: 0 },
                  { itemId: 'gad7_6', value: 1 },
                  { itemId: 'gad7_7', value: 0 },
                ],
                note: 'این هفته امتحان داشتم.',
              },
            },
          },
        }),
        response: { 201: submitAssessmentResponseSchema },
      },
    },
    async (request, reply) => {
      const answer = await submitAssessment(
        deps,
        requireAuth(request),
        request.params.id,
        request.body,
      )
      return reply.code(201).send(answer)
    },
  )
}
