import {
  addParticipantBodySchema,
  createThreadBodySchema,
  createThreadResponseSchema,
  inboxQuerySchema,
  participantParamsSchema,
  threadDetailsSchema,
  threadListQuerySchema,
  threadPageSchema,
  threadParamsSchema,
  updateThreadBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendEncodedJson } from '../../lib/encoded-reply.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { messagingDepsOf } from './messaging-deps.ts'
import { plainJson } from './messaging-route-options.ts'
import { addParticipant, removeParticipant } from './participant.service.ts'
import { getThread, listInbox, listMyThreadsJson } from './thread.service.ts'
import { createThread } from './thread-create.service.ts'
import { updateThread } from './thread-update.service.ts'

const tags = ['messaging']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

export const threadRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = messagingDepsOf(app)
  const { db } = runtime

  app.get(
    '/threads',
    {
      ...plainJson,
      // The page comes compressed already where the client accepts it (EncodedBody).
      compress: false,
      schema: {
        tags,
        security,
        querystring: threadListQuerySchema,
        response: { 200: threadPageSchema },
      },
    },
    async (request, reply) => {
      const auth = requirePermission(request, 'threads.read.own')
      return sendEncodedJson(request, reply, await listMyThreadsJson(runtime, auth, request.query))
    },
  )

  app.get(
    '/threads/inbox',
    {
      schema: {
        tags,
        security,
        querystring: inboxQuerySchema,
        response: { 200: threadPageSchema },
      },
    },
    async (request) => listInbox(db, requireAuth(request), request.query),
  )

  app.post(
    '/threads',
    {
      schema: {
        tags,
        security,
        body: createThreadBodySchema,
        response: { 200: createThreadResponseSchema, 201: createThreadResponseSchema },
      },
    },
    async (request, reply) => {
      const auth = requirePermission(request, 'threads.read.own')
      const { created, ...result } = await createThread(runtime, auth, request.body)
      return reply.code(created ? 201 : 200).send(result)
    },
  )

  app.get(
    '/threads/:id',
    {
      schema: {
        tags,
        security,
        params: threadParamsSchema,
        response: { 200: threadDetailsSchema },
      },
    },
    async (request) => getThread(db, requireAuth(request), request.params.id),
  )

  app.patch(
    '/threads/:id',
    {
      schema: {
        tags,
        security,
        params: threadParamsSchema,
        body: updateThreadBodySchema,
        response: { 200: threadDetailsSchema },
      },
    },
    async (request) => updateThread(runtime, requireAuth(request), request.params.id, request.body),
  )

  app.post(
    '/threads/:id/participants',
    { schema: { tags, security, params: threadParamsSchema, body: addParticipantBodySchema } },
    async (request, reply) => {
      const target = { threadId: request.params.id, userId: request.body.userId }
      await addParticipant(runtime, requireAuth(request), target)
      return reply.code(204).send()
    },
  )

  app.delete(
    '/threads/:id/participants/:userId',
    { schema: { tags, security, params: participantParamsSchema } },
    async (request, reply) => {
      const target = { threadId: request.params.id, userId: request.params.userId }
      await removeParticipant(runtime, requireAuth(request), target)
      return reply.code(204).send()
    },
  )
}
