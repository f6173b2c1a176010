import {
  editMessageBodySchema,
  markReadBodySchema,
  messageListQuerySchema,
  messagePageSchema,
  messageParamsSchema,
  readStateSchema,
  sendMessageBodySchema,
  sendMessageResponseSchema,
  threadMessageSchema,
  threadParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { editMessage, listMessages, markRead, sendMessage } from './message.service.ts'
import { messagingDepsOf } from './messaging-deps.ts'
import { plainJson } from './messaging-route-options.ts'

const tags = ['messaging']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const runtime = messagingDepsOf(app)
  const { db } = runtime

  app.get(
    '/threads/:id/messages',
    {
      ...plainJson,
      schema: {
        tags,
        security,
        description: 'Newest page, or `before`/`after` a `seq`; `after` is the catch-up call.',
        params: threadParamsSchema,
        querystring: messageListQuerySchema,
        response: { 200: messagePageSchema },
      },
    },
    async (request) => listMessages(db, requireAuth(request), request.params.id, request.query),
  )

  app.post(
    '/threads/:id/messages',
    {
      schema: {
        tags,
        security,
        params: threadParamsSchema,
        body: sendMessageBodySchema,
        response: { 200: sendMessageResponseSchema, 201: sendMessageResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await sendMessage(
        runtime,
        requireAuth(request),
        request.params.id,
        request.body,
      )
      return reply.code(result.duplicate ? 200 : 201).send(result)
    },
  )

  app.patch(
    '/threads/:id/messages/:messageId',
    {
      schema: {
        tags,
        security,
        params: messageParamsSchema,
        body: editMessageBodySchema,
        response: { 200: threadMessageSchema },
      },
    },
    async (request) => {
      const target = { threadId: request.params.id, messageId: request.params.messageId }
      return editMessage(runtime, requireAuth(request), target, request.body.content)
    },
  )

  app.post(
    '/threads/:id/read',
    {
      schema: {
        tags,
        security,
        params: threadParamsSchema,
        body: markReadBodySchema,
        response: { 200: readStateSchema },
      },
    },
    async (request) =>
      markRead(runtime, requireAuth(request), request.params.id, request.body.messageId),
  )
}
