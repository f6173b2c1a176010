import {
  courseDetailSchema,
  courseFiguresSchema,
  createCourseBodySchema,
  idParamsSchema,
  updateCourseBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import { createCourse, editCourse, setCoursePublished } from './course-authoring.service.ts'
import { courseFigures } from './course-figures.service.ts'
import type { LearningDeps } from './learning-deps.ts'

const tags = ['courses-authoring']
const MANAGE = 'courses.manage'

/** Writing, publishing and following courses; every route needs `courses.manage`. */
export const courseAuthoringRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/courses',
    {
      schema: {
        tags,
        summary: 'Write a new course',
        description: `Needs \`${MANAGE}\`. Unpublished until published; I am its author. \`thumbnailFileId\`: a ready \`course_media\` picture I uploaded (409 FILE_NOT_USABLE otherwise); \`reviewerId\`: an active psychologist or admin (422 REVIEWER_INVALID).`,
        body: createCourseBodySchema.meta({
          'x-examples': {
            course: {
              summary: 'A free beginners’ course',
              value: {
                title: 'خواب بهتر',
                titleEn: 'Better sleep',
                description: 'چند گام ساده برای خوابی آرام‌تر',
                contentType: 'article',
                difficulty: 'beginner',
                tags: ['sleep'],
                priceIrr: 0,
              },
            },
          },
        }),
        response: { 201: courseDetailSchema },
      },
    },
    async (request, reply) => {
      const course = await createCourse(deps, requirePermission(request, MANAGE), request.body)
      return reply.code(201).send(course)
    },
  )

  app.patch(
    '/courses/:id',
    {
      schema: {
        tags,
        summary: 'Edit a course',
        description: `Needs \`${MANAGE}\`. Any of the fields of POST /courses.`,
        params: idParamsSchema,
        body: updateCourseBodySchema,
        response: { 200: courseDetailSchema },
      },
    },
    async (request) =>
      editCourse(deps, requirePermission(request, MANAGE), request.params.id, request.body),
  )

  for (const published of [true, false]) {
    app.post(
      published ? '/courses/:id/publish' : '/courses/:id/unpublish',
      {
        schema: {
          tags,
          summary: published ? 'Publish a course' : 'Unpublish a course',
          description: published
            ? `Needs \`${MANAGE}\`. Idempotent. 409 COURSE_NOT_PUBLISHABLE without lessons, or with a video lesson that has no video.`
            : `Needs \`${MANAGE}\`. Idempotent. The course then answers 404 to everyone without \`${MANAGE}\`, enrolled learners included, until it is published again.`,
          params: idParamsSchema,
          response: { 200: courseDetailSchema },
        },
      },
      async (request) =>
        setCoursePublished(deps, requirePermission(request, MANAGE), request.params.id, published),
    )
  }

  app.get(
    '/courses/:id/figures',
    {
      schema: {
        tags,
        summary: 'Enrolments and completions of a course',
        description: `Needs \`${MANAGE}\`. Totals, mean progress, and the last 12 weeks (Saturday to Friday, Asia/Tehran) for the chart.`,
        params: idParamsSchema,
        response: { 200: courseFiguresSchema },
      },
    },
    async (request) => {
      requirePermission(request, MANAGE)
      return courseFigures(deps, request.params.id)
    },
  )
}
