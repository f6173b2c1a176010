import {
  companionHandoffBodySchema,
  companionHandoffResultSchema,
  companionSendResultSchema,
  companionUsageSchema,
  idParamsSchema,
  sendCompanionMessageBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { localeOf } from '../../lib/locale.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { OWN, security, tags } from './conversation.routes.ts'
import { handOff } from './handoff.service.ts'
import { streamReply, wantsEventStream } from './reply-stream.ts'
import { acceptSend } from './send.service.ts'
import { stopReply } from './stop.service.ts'
import { myUsage } from './usage.service.ts'

/** Talking with the companion: send (streamed), stop, hand off to a person, my quotas. */
export const sendRoutes: FastifyPluginAsyncZod<{ deps: CompanionDeps }> = async (app, { deps }) => {
  app.post(
    '/companion/conversations/:id/messages',
    {
      // An event stream must leave as it is written: compression would hold it back.
      compress: false,
      schema: {
        tags,
        security,
        summary: 'Send a message; the reply streams',
        description: `${OWN} With \`Accept: text/event-stream\` the answer is an event stream (accepted, delta…, replaced, done | unavailable; see the contract); without it, the same send waits and answers JSON. The safety module judges the message before any model: crisis gets the fixed crisis reply (and an alert), never a model. A retried \`clientMessageId\` answers the first send. 409 COMPANION_REPLY_IN_PROGRESS, 429 COMPANION_QUOTA_EXCEEDED (Retry-After, \`resetsAt\`), 503 COMPANION_BUSY.`,
        params: idParamsSchema,
        body: sendCompanionMessageBodySchema,
        response: { 200: companionSendResultSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request)
      const locale = localeOf(request)
      const accepted = await acceptSend(deps, auth, request.params.id, request.body, locale)
      if (wantsEventStream(request.headers.accept)) return streamReply(reply, accepted)
      const final = await accepted.final
      return {
        message: accepted.message,
        reply: final.data.reply,
        safety: accepted.safety,
        unavailable:
          final.event === 'unavailable'
            ? { reason: final.data.reason, retryAfterSeconds: final.data.retryAfterSeconds }
            : null,
      }
    },
  )

  app.post(
    '/companion/conversations/:id/stop',
    {
      schema: {
        tags,
        security,
        summary: 'Stop the reply being written',
        description: `${OWN} Whichever instance writes it; what arrived is kept (status \`stopped\`). Idempotent: 204 with nothing to stop.`,
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      await stopReply(deps, requireAuth(request), request.params.id)
      return reply.code(204).send()
    },
  )

  app.post(
    '/companion/conversations/:id/handoff',
    {
      schema: {
        tags,
        security,
        summary: 'Talk to a human',
        description: `${OWN} Opens a thread to the clinical department saying the person comes from the companion; with \`shareConversation\` it carries the last turns as plain text.`,
        params: idParamsSchema,
        body: companionHandoffBodySchema,
        response: { 200: companionHandoffResultSchema },
      },
    },
    async (request) =>
      handOff(deps, requireAuth(request), request.params.id, request.body, localeOf(request)),
  )

  app.get(
    '/companion/usage',
    {
      schema: {
        tags,
        security,
        summary: 'My companion quotas and whether it is available',
        response: { 200: companionUsageSchema },
      },
    },
    async (request) => myUsage(deps, requireAuth(request)),
  )
}
