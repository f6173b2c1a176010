import {
  assignmentListSchema,
  assignmentSchema,
  createAssignmentBodySchema,
  idParamsSchema,
  patientParamsSchema,
  resultListQuerySchema,
  sharedResultPageSchema,
  trendListSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { assignAssessment, listAssignments, withdrawAssignment } from './assignment.service.ts'
import { listSharedResults, patientTrends } from './care.service.ts'

const tags = ['assessments-care']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const TREATING =
  'Only their psychologist (a confirmed appointment between them); anyone else gets 404.'

/** Measurement-based care: assignments, and the results and trends a patient shares. */
export const assessmentCareRoutes: FastifyPluginAsyncZod<{ deps: AssessmentDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/patients/:patientId/assessment-assignments',
    {
      schema: {
        tags,
        security,
        summary: 'Ask my patient to take an assessment',
        description: `${TREATING} \`once\`, or \`every_session\`: due before each confirmed session with me until answered. Asking again for an open one updates it (200). The patient is notified, and for \`every_session\` again with the reminders of each confirmed session while it is due.`,
        params: patientParamsSchema,
        body: createAssignmentBodySchema.meta({
          'x-examples': {
            everySession: {
              summary: 'PHQ-9 before every session',
              value: {
                assessmentId: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21',
                recurrence: 'every_session',
              },
            },
          },
        }),
        response: { 200: assignmentSchema, 201: assignmentSchema },
      },
    },
    async (request, reply) => {
      const { assignment, created } = await assignAssessment(
        deps,
        requireAuth(request),
        request.params.patientId,
        request.body,
      )
      return reply.code(created ? 201 : 200).send(assignment)
    },
  )

  app.get(
    '/patients/:patientId/assessment-assignments',
    {
      schema: {
        tags,
        security,
        summary: 'What I asked my patient to take',
        description: TREATING,
        params: patientParamsSchema,
        response: { 200: assignmentListSchema },
      },
    },
    async (request) => listAssignments(deps, requireAuth(request), request.params.patientId),
  )

  app.delete(
    '/assessment-assignments/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Take back an assignment',
        description: 'Only its psychologist, while it is open; anything else is 404.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      await withdrawAssignment(deps, requireAuth(request), request.params.id)
      return reply.code(204).send()
    },
  )

  app.get(
    '/patients/:patientId/assessment-results',
    {
      schema: {
        tags,
        security,
        summary: 'Results my patient shares with me',
        description: `${TREATING} Newest first, with the answers; results the patient withdrew are not listed. Each read is audited (\`assessment_results.read\`).`,
        params: patientParamsSchema,
        querystring: resultListQuerySchema,
        response: { 200: sharedResultPageSchema },
      },
    },
    async (request) =>
      listSharedResults(deps, requireAuth(request), request.params.patientId, request.query),
  )

  app.get(
    '/patients/:patientId/assessment-trends',
    {
      schema: {
        tags,
        security,
        summary: 'My patient’s scores over time',
        description: `${TREATING} Per screening instrument, oldest first, from shared results only; audited (\`assessment_trends.read\`).`,
        params: patientParamsSchema,
        response: { 200: trendListSchema },
      },
    },
    async (request) => patientTrends(deps, requireAuth(request), request.params.patientId),
  )
}
