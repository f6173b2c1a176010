import {
  companionConversationListQuerySchema,
  companionConversationMessageParamsSchema,
  companionConversationPageSchema,
  companionConversationSchema,
  companionMessageListQuerySchema,
  companionMessagePageSchema,
  companionMessageSchema,
  createCompanionConversationBodySchema,
  idParamsSchema,
  updateCompanionConversationBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import type { CompanionDeps } from './companion-deps.ts'
import {
  createConversation,
  deleteConversation,
  getConversation,
  getConversationMessage,
  listConversationMessages,
  listConversations,
  updateConversation,
} from './conversation.service.ts'

export const tags = ['companion']
export const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
export const OWN =
  "Only the caller's own conversations: anyone else's id answers 404 like a missing one."

/** The person's conversations with the companion and their messages. */
export const conversationRoutes: FastifyPluginAsyncZod<{ deps: CompanionDeps }> = async (
  app,
  { deps },
) => {
  const base = '/companion/conversations'

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: 'My companion conversations',
        description: 'Newest activity first, keyset-paged.',
        querystring: companionConversationListQuerySchema,
        response: { 200: companionConversationPageSchema },
      },
    },
    async (request) => listConversations(deps, requireAuth(request), request.query),
  )

  app.post(
    base,
    {
      schema: {
        tags,
        security,
        summary: 'Start a companion conversation',
        body: createCompanionConversationBodySchema,
        response: { 201: companionConversationSchema },
      },
    },
    async (request, reply) => {
      const conversation = await createConversation(deps, requireAuth(request), request.body)
      return reply.code(201).send(conversation)
    },
  )

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        security,
        summary: 'One of my companion conversations',
        description: OWN,
        params: idParamsSchema,
        response: { 200: companionConversationSchema },
      },
    },
    async (request) => getConversation(deps, requireAuth(request), request.params.id),
  )

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        security,
        summary: 'Rename, set retention, or share with my psychologist',
        description: `${OWN} \`shared: true\` needs a treating psychologist (COMPANION_NO_PSYCHOLOGIST otherwise); sharing and withdrawing are audited.`,
        params: idParamsSchema,
        body: updateCompanionConversationBodySchema,
        response: { 200: companionConversationSchema },
      },
    },
    async (request) =>
      updateConversation(deps, requireAuth(request), request.params.id, request.body),
  )

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        security,
        summary: 'Delete a companion conversation',
        description: `${OWN} Really deleted, with every message; a reply in flight stops.`,
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteConversation(deps, requireAuth(request), request.params.id)
      return reply.code(204).send()
    },
  )

  app.get(
    `${base}/:id/messages`,
    {
      schema: {
        tags,
        security,
        summary: 'Messages of my companion conversation',
        description: `${OWN} Newest first, keyset-paged.`,
        params: idParamsSchema,
        querystring: companionMessageListQuerySchema,
        response: { 200: companionMessagePageSchema },
      },
    },
    async (request) =>
      listConversationMessages(deps, requireAuth(request), request.params.id, request.query),
  )

  app.get(
    `${base}/:id/messages/:messageId`,
    {
      schema: {
        tags,
        security,
        summary: 'One message (a reply fetched after the connection dropped)',
        description: `${OWN} A reply still being written has status \`streaming\` and what has arrived so far.`,
        params: companionConversationMessageParamsSchema,
        response: { 200: companionMessageSchema },
      },
    },
    async (request) => getConversationMessage(deps, requireAuth(request), request.params),
  )
}
