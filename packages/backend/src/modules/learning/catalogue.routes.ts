import {
  courseDetailSchema,
  courseListQuerySchema,
  coursePageSchema,
  idParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendEncodedJson } from '../../lib/encoded-reply.ts'
import { listCatalogueJson } from './catalogue.service.ts'
import { getCourseDetail } from './course-detail.service.ts'
import type { LearningDeps } from './learning-deps.ts'

const tags = ['courses']

/** The catalogue and a course's page: public, with the reader's own progress when signed in. */
export const catalogueRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/courses',
    {
      // The page comes compressed already where the client accepts it (EncodedBody).
      compress: false,
      schema: {
        tags,
        summary: 'Find a course',
        description:
          'Public. Published courses, newest publication first, keyset-paginated, each with my enrolment (`myEnrollment`) when signed in. `q` matches titles and descriptions in Persian or English with ي/ی, ك/ک, ZWNJ, spaces and digit forms folded; `tags` (comma-separated) matches any. `includeDrafts=true` lists unpublished courses too, by creation time: 403 without `courses.manage`.',
        querystring: courseListQuerySchema,
        // For the OpenAPI document: the page is sent as ready bytes, never serialised against it.
        response: { 200: coursePageSchema },
      },
    },
    async (request, reply) => {
      const page = await listCatalogueJson(deps, request.auth, request.query)
      return sendEncodedJson(request, reply, page)
    },
  )

  app.get(
    '/courses/:id',
    {
      schema: {
        tags,
        summary: 'A course and its lessons',
        description:
          'Public for a published course; an unpublished one answers 404 except with `courses.manage`. With my enrolment, my progress in each lesson and where to resume. A priced course I have not bought is `locked`: lessons without body, media or exercise.',
        params: idParamsSchema,
        response: { 200: courseDetailSchema },
      },
    },
    async (request) => getCourseDetail(deps.db, request.auth, request.params.id),
  )
}
