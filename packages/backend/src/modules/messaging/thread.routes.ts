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
        summary: 'My threads',
        description:
          'Newest activity first, with unread counts; archived threads only when asked for by `status`. Needs `threads.read.own`.',
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
        summary: 'Department inbox',
        description: 'Department threads for the staff who answer those departments.',
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
        summary: 'Start a thread',
        description:
          'A department thread opens with its first message (201); `clientId` makes a retry answer the first result. A direct thread with the same person is answered as it is (200) when it exists already.',
        body: createThreadBodySchema.meta({
          'x-examples': {
            department: {
              summary: 'Ask a support department',
              value: {
                kind: 'department',
                category: 'reception',
                title: 'Changing my appointment',
                content: 'سلام، می‌خواهم وقتم را جابه‌جا کنم.',
                clientId: 'c-7f3a9e12b4d6',
              },
            },
            direct: {
              summary: 'Talk to my psychologist',
              value: { kind: 'direct', userId: '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87' },
            },
          },
        }),
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
        summary: 'One thread',
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
        summary: 'Close, reopen, assign or move a thread',
        params: threadParamsSchema,
        body: updateThreadBodySchema.meta({
          'x-examples': {
            close: { summary: 'Close it', value: { status: 'closed' } },
            assign: {
              summary: 'Assign it to a staff member',
              value: { assigneeId: '5a1e2c3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d' },
            },
          },
        }),
        response: { 200: threadDetailsSchema },
      },
    },
    async (request) => updateThread(runtime, requireAuth(request), request.params.id, request.body),
  )

  app.post(
    '/threads/:id/participants',
    {
      schema: {
        tags,
        security,
        summary: 'Add a participant',
        params: threadParamsSchema,
        body: addParticipantBodySchema,
      },
    },
    async (request, reply) => {
      const target = { threadId: request.params.id, userId: request.body.userId }
      await addParticipant(runtime, requireAuth(request), target)
      return reply.code(204).send()
    },
  )

  app.delete(
    '/threads/:id/participants/:userId',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a participant',
        description: 'Their sockets leave the thread at once and receive nothing more of it.',
        params: participantParamsSchema,
      },
    },
    async (request, reply) => {
      const target = { threadId: request.params.id, userId: request.params.userId }
      await removeParticipant(runtime, requireAuth(request), target)
      return reply.code(204).send()
    },
  )
}
