import {
  courseRecommendationListQuerySchema,
  courseRecommendationPageSchema,
  courseRecommendationSchema,
  createCourseRecommendationBodySchema,
  exerciseAnswerListQuerySchema,
  patientParamsSchema,
  sharedEnrollmentListSchema,
  sharedExerciseAnswerPageSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import {
  listMyRecommendations,
  listSharedAnswers,
  listSharedEnrollments,
  recommendCourse,
} from './course-care.service.ts'
import type { LearningDeps } from './learning-deps.ts'

const tags = ['courses-care']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const TREATING =
  'Only their psychologist (a confirmed appointment between them); anyone else gets 404.'

/** Courses between a psychologist and their patient: recommendations and what is shared. */
export const courseCareRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/patients/:patientId/course-recommendations',
    {
      schema: {
        tags,
        security,
        summary: 'Recommend a course to my patient',
        description: `${TREATING} A published course; recommending it again refreshes the note (200). It shows on the patient's dashboard (GET /users/me/course-recommendations) and, once, as the psychologist's message in their thread (with \`courseRecommendation\`); a failed post is logged and the recommendation stands.`,
        params: patientParamsSchema,
        body: createCourseRecommendationBodySchema.meta({
          'x-examples': {
            recommend: {
              summary: 'Between two sessions',
              value: {
                courseId: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21',
                note: 'تمرین تنفس را تا جلسهٔ بعد هر روز انجام دهید.',
              },
            },
          },
        }),
        response: { 200: courseRecommendationSchema, 201: courseRecommendationSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request)
      const { patientId } = request.params
      const { recommendation, created } = await recommendCourse(deps, auth, patientId, request.body)
      return reply.code(created ? 201 : 200).send(recommendation)
    },
  )

  app.get(
    '/users/me/course-recommendations',
    {
      schema: {
        tags,
        security,
        summary: 'Courses my psychologists recommended',
        description: 'Newest first, with my own enrolment in each.',
        querystring: courseRecommendationListQuerySchema,
        response: { 200: courseRecommendationPageSchema },
      },
    },
    async (request) => listMyRecommendations(deps, requireAuth(request), request.query),
  )

  app.get(
    '/patients/:patientId/exercise-answers',
    {
      schema: {
        tags,
        security,
        summary: 'Exercise answers my patient shared',
        description: `${TREATING} Newest first; each read is audited (\`exercise_answers.read\`).`,
        params: patientParamsSchema,
        querystring: exerciseAnswerListQuerySchema,
        response: { 200: sharedExerciseAnswerPageSchema },
      },
    },
    async (request) =>
      listSharedAnswers(deps, requireAuth(request), request.params.patientId, request.query),
  )

  app.get(
    '/patients/:patientId/enrollments',
    {
      schema: {
        tags,
        security,
        summary: 'My patient’s progress in the courses they share',
        description: TREATING,
        params: patientParamsSchema,
        response: { 200: sharedEnrollmentListSchema },
      },
    },
    async (request) => listSharedEnrollments(deps, requireAuth(request), request.params.patientId),
  )
}
