import { onCallCandidatesSchema, onCallRotaSchema, putOnCallRotaBodySchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { readCandidates, readRota, setRota } from './on-call.service.ts'
import type { SafetyDeps } from './safety-deps.ts'

const tags = ['safety']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const MANAGE = 'safety.manage'

/** The on-call rota: who is paged first, and who next when nobody acknowledges. */
export const onCallRoutes: FastifyPluginAsyncZod<{ deps: SafetyDeps }> = async (app, { deps }) => {
  app.get(
    '/safety/on-call',
    {
      schema: {
        tags,
        security,
        summary: 'The on-call rota (safety.manage)',
        description:
          'First responder first, with `escalateAfterSeconds`: how long an alert waits unacknowledged before the next one and every admin are paged.',
        response: { 200: onCallRotaSchema },
      },
    },
    (request) => {
      requirePermission(request, MANAGE)
      return readRota(deps)
    },
  )

  app.get(
    '/safety/on-call/candidates',
    {
      schema: {
        tags,
        security,
        summary: 'Who may be put on the on-call rota (safety.manage)',
        description:
          'Every active person holding safety.respond, directly or through a group, by name.',
        response: { 200: onCallCandidatesSchema },
      },
    },
    (request) => {
      requirePermission(request, MANAGE)
      return readCandidates(deps)
    },
  )

  app.put(
    '/safety/on-call',
    {
      schema: {
        tags,
        security,
        summary: 'Set the on-call rota, first responder first (safety.manage)',
        description:
          'Everyone on it must hold safety.respond: 422 ON_CALL_NOT_RESPONDER, with each refused id in `errors`. Audited with the rota before and after.',
        body: putOnCallRotaBodySchema,
        response: { 200: onCallRotaSchema },
      },
    },
    (request) =>
      setRota(
        deps,
        requirePermission(request, MANAGE),
        request.body.userIds,
        requestMetaOf(request),
      ),
  )
}
