import { onCallRotaSchema, putOnCallRotaBodySchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import { readRota, setRota } from './on-call.service.ts'
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
        response: { 200: onCallRotaSchema },
      },
    },
    (request) => {
      requirePermission(request, MANAGE)
      return readRota(deps.db)
    },
  )

  app.put(
    '/safety/on-call',
    {
      schema: {
        tags,
        security,
        summary: 'Set the on-call rota, first responder first (safety.manage)',
        description: 'Everyone on it must hold safety.respond: 422 ON_CALL_NOT_RESPONDER.',
        body: putOnCallRotaBodySchema,
        response: { 200: onCallRotaSchema },
      },
    },
    (request) => setRota(deps.db, requirePermission(request, MANAGE), request.body.userIds),
  )
}
