import {
  ARTICLE_READ_SECONDS,
  enrollmentSchema,
  enrollmentSharingBodySchema,
  idParamsSchema,
  myEnrollmentListQuerySchema,
  myEnrollmentPageSchema,
  progressUpdateBodySchema,
  progressUpdateResponseSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { enroll, setEnrollmentSharing } from './enrollment.service.ts'
import type { LearningDeps } from './learning-deps.ts'
import { listMyEnrollments } from './my-courses.service.ts'
import { updateProgress } from './progress.service.ts'

const tags = ['courses']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** Enrolling, progress, and my courses with where to continue. */
export const enrollmentRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/courses/:id/enroll',
    {
      schema: {
        tags,
        security,
        summary: 'Enrol in a course',
        description:
          'Idempotent: enrolling again answers the same enrolment with 200 (201 the first time). An unpublished course is 404. A priced course I have not bought is 402 PAYMENT_REQUIRED: buy it with POST /payments/initiate `{ courseId }`, which enrols me when the payment settles.',
        params: idParamsSchema,
        response: { 200: enrollmentSchema, 201: enrollmentSchema },
      },
    },
    async (request, reply) => {
      const { enrollment, created } = await enroll(deps, requireAuth(request), request.params.id)
      return reply.code(created ? 201 : 200).send(enrollment)
    },
  )

  app.patch(
    '/enrollments/:id/progress',
    {
      schema: {
        tags,
        security,
        summary: 'Record progress in a lesson',
        description: `Only forward and idempotent: a lower position or time, or \`completed: false\`, keeps what is saved and answers 200 with it. A video completes at 95% of its length from \`positionSeconds\`; an article or exercise when \`completed: true\` (the web app sends it after ${ARTICLE_READ_SECONDS} seconds on screen). Answers the enrolment with its derived 0–100 progress. Someone else’s enrolment: 404; a lesson not in the course: 409 LESSON_NOT_IN_COURSE; negative or unknown fields (a \`progress\` percentage): 400.`,
        params: idParamsSchema,
        body: progressUpdateBodySchema.meta({
          'x-examples': {
            video: {
              summary: 'Two minutes into a video, three minutes on it so far',
              value: {
                lessonId: '7d1f0c9a-3b2e-4f5d-8a6c-1e2d3c4b5a69',
                positionSeconds: 120,
                timeSpentSeconds: 180,
              },
            },
            article: {
              summary: 'An article read',
              value: { lessonId: '7d1f0c9a-3b2e-4f5d-8a6c-1e2d3c4b5a69', completed: true },
            },
          },
        }),
        response: { 200: progressUpdateResponseSchema },
      },
    },
    async (request) => updateProgress(deps, requireAuth(request), request.params.id, request.body),
  )

  app.get(
    '/enrollments/me',
    {
      schema: {
        tags,
        security,
        summary: 'My courses',
        description:
          'Last touched first, each with the lesson to continue with and its video position. "Continue where I left off" is the first item of `?status=active&limit=1`.',
        querystring: myEnrollmentListQuerySchema,
        response: { 200: myEnrollmentPageSchema },
      },
    },
    async (request) => listMyEnrollments(deps, requireAuth(request), request.query),
  )

  app.patch(
    '/enrollments/:id/sharing',
    {
      schema: {
        tags,
        security,
        summary: 'Share my progress with my psychologists',
        description: 'Or stop sharing it. Someone else’s enrolment: 404.',
        params: idParamsSchema,
        body: enrollmentSharingBodySchema,
        response: { 200: enrollmentSchema },
      },
    },
    async (request) =>
      setEnrollmentSharing(
        deps,
        requireAuth(request),
        request.params.id,
        request.body.sharedWithPsychologist,
      ),
  )
}
