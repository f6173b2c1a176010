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
        summary: "A thread's messages",
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
        summary: 'Send a message',
        description:
          'Also `message:send` over Socket.IO. A retry with the same `clientId` answers the first message with `duplicate: true` (200) instead of sending it twice (201). Per-person limit: 429 MESSAGE_RATE_LIMITED with Retry-After. `attachmentIds`: up to 5 of my ready, unused attachments (POST /files), put on the message in the same transaction; any other file refuses the whole send (409 FILE_NOT_USABLE). Text may be left out when there are attachments.',
        params: threadParamsSchema,
        body: sendMessageBodySchema.meta({
          'x-examples': {
            message: {
              summary: 'A message with a client id',
              value: { content: 'ممنونم، تا جلسهٔ بعد.', clientId: 'c-1b2c3d4e5f60' },
            },
            attachments: {
              summary: 'A photo and a PDF with a caption',
              value: {
                content: 'نتیجهٔ آزمایش',
                clientId: 'c-2b3c4d5e6f70',
                attachmentIds: [
                  '0b9f5c3e-8a41-4a7e-9d2b-6f1e2c3d4a5b',
                  '5d2e8f1a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
                ],
              },
            },
          },
        }),
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
        summary: 'Edit my message',
        description: 'Within 15 minutes of sending it (409 MESSAGE_EDIT_EXPIRED after).',
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
        summary: 'Mark a thread read',
        description: 'Up to `messageId`, or up to the newest message without it.',
        params: threadParamsSchema,
        body: markReadBodySchema,
        response: { 200: readStateSchema },
      },
    },
    async (request) =>
      markRead(runtime, requireAuth(request), request.params.id, request.body.messageId),
  )
}
