import {
  courseDetailSchema,
  createLessonBodySchema,
  idParamsSchema,
  lessonOrderBodySchema,
  lessonSchema,
  updateLessonBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import type { LearningDeps } from './learning-deps.ts'
import { addLesson, editLesson, orderLessons, removeLesson } from './lesson-authoring.service.ts'

const tags = ['courses-authoring']
const MANAGE = 'courses.manage'
const MARKDOWN =
  'Markdown with raw HTML, a link other than http(s), mailto or a path of ours, or an image not from our storage answers 422 MARKDOWN_UNSAFE (one `errors[]` entry each).'

/** A course's lessons: add, edit, remove, reorder; every route needs `courses.manage`. */
export const lessonAuthoringRoutes: FastifyPluginAsyncZod<{ deps: LearningDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/courses/:id/lessons',
    {
      schema: {
        tags,
        summary: 'Add a lesson',
        description: `Needs \`${MANAGE}\`. At the end of the course. A video lesson takes a ready \`course_media\` MP4 or WebM (\`videoFileId\`) and optionally WebVTT captions (\`captionsFileId\`), uploaded through POST /files: 409 FILE_NOT_USABLE for anything else. ${MARKDOWN}`,
        params: idParamsSchema,
        body: createLessonBodySchema.meta({
          'x-examples': {
            article: {
              summary: 'A short article',
              value: {
                kind: 'article',
                title: 'چرا خواب مهم است؟',
                titleEn: 'Why sleep matters',
                durationSeconds: 240,
                body: '## خواب و حال روز\n\nخواب کافی به تمرکز و خلق کمک می‌کند.',
              },
            },
            breathing: {
              summary: 'A breathing timer',
              value: {
                kind: 'exercise',
                title: 'تنفس ۴-۴-۶',
                durationSeconds: 180,
                exercise: {
                  kind: 'breathing',
                  inhaleSeconds: 4,
                  holdSeconds: 4,
                  exhaleSeconds: 6,
                  restSeconds: 0,
                  cycles: 8,
                },
              },
            },
          },
        }),
        response: { 201: lessonSchema },
      },
    },
    async (request, reply) => {
      const auth = requirePermission(request, MANAGE)
      const lesson = await addLesson(deps, auth, request.params.id, request.body)
      return reply.code(201).send(lesson)
    },
  )

  app.patch(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'Edit a lesson',
        description: `Needs \`${MANAGE}\`. Any of the fields its kind has; another kind’s field answers 422 LESSON_FIELD_MISMATCH. ${MARKDOWN}`,
        params: idParamsSchema,
        body: updateLessonBodySchema,
        response: { 200: lessonSchema },
      },
    },
    async (request) =>
      editLesson(deps, requirePermission(request, MANAGE), request.params.id, request.body),
  )

  app.delete(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'Remove a lesson',
        description: `Needs \`${MANAGE}\`. The lessons after it move up; learners’ progress is derived again. What learners wrote in an exercise stays theirs.`,
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      requirePermission(request, MANAGE)
      await removeLesson(deps, request.params.id)
      return reply.code(204).send()
    },
  )

  app.put(
    '/courses/:id/lesson-order',
    {
      schema: {
        tags,
        summary: 'Reorder the lessons',
        description: `Needs \`${MANAGE}\`. Every lesson of the course exactly once: 409 LESSON_ORDER_MISMATCH otherwise.`,
        params: idParamsSchema,
        body: lessonOrderBodySchema,
        response: { 200: courseDetailSchema },
      },
    },
    async (request) =>
      orderLessons(deps, requirePermission(request, MANAGE), request.params.id, request.body),
  )
}
