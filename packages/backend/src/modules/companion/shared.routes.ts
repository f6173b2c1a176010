import {
  companionConversationListQuerySchema,
  companionFiguresQuerySchema,
  companionFiguresSchema,
  companionMessageListQuerySchema,
  companionMessagePageSchema,
  idParamsSchema,
  sharedCompanionConversationPageSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { security, tags } from './conversation.routes.ts'
import { listSharedWithMe, readSharedMessages } from './shared.service.ts'
import { companionFigures } from './usage.service.ts'

const TREATING =
  "Only conversations shared by the caller's own patients (a confirmed appointment together); anything else answers 404. Every read is audited."

/** What others may see of the companion: shared conversations, and counts for admins. */
export const sharedRoutes: FastifyPluginAsyncZod<{ deps: CompanionDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/companion/shared',
    {
      schema: {
        tags,
        security,
        summary: 'Companion conversations my patients shared with me',
        description: TREATING,
        querystring: companionConversationListQuerySchema,
        response: { 200: sharedCompanionConversationPageSchema },
      },
    },
    async (request) => listSharedWithMe(deps, requireAuth(request), request.query),
  )

  app.get(
    '/companion/shared/:id/messages',
    {
      schema: {
        tags,
        security,
        summary: "A shared conversation's messages",
        description: TREATING,
        params: idParamsSchema,
        querystring: companionMessageListQuerySchema,
        response: { 200: companionMessagePageSchema },
      },
    },
    async (request) =>
      readSharedMessages(deps, requireAuth(request), request.params.id, request.query),
  )

  app.get(
    '/admin/companion/figures',
    {
      schema: {
        tags,
        security,
        summary: 'Companion usage per day',
        description:
          'Needs `reports.read`. Counts per UTC day, oldest first, zero-filled: never a person or a word.',
        querystring: companionFiguresQuerySchema,
        response: { 200: companionFiguresSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'reports.read')
      return companionFigures(deps, request.query.days)
    },
  )
}
