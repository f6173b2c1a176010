import { deviceListSchema, deviceParamsSchema, revokedCountSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import { authDepsOf } from './auth-deps.ts'
import { listDevices, revokeDevice, revokeOtherDevices } from './devices.service.ts'

/** My sessions ("devices"): list them, end one, end all the others. */
export const deviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = authDepsOf(app)
  const tags = ['auth']

  app.get(
    '/auth/sessions',
    { schema: { tags, summary: 'My signed-in devices', response: { 200: deviceListSchema } } },
    async (request) => listDevices(deps, requireAuth(request)),
  )

  app.delete(
    '/auth/sessions/:id',
    { schema: { tags, summary: 'Sign out one device', params: deviceParamsSchema } },
    async (request, reply) => {
      const auth = requireAuth(request)
      await revokeDevice(deps, auth, request.params.id, requestMetaOf(request))
      return reply.code(204).send()
    },
  )

  app.post(
    '/auth/sessions/revoke-others',
    {
      schema: {
        tags,
        summary: 'Sign out every other device',
        response: { 200: revokedCountSchema },
      },
    },
    async (request) => revokeOtherDevices(deps, requireAuth(request), requestMetaOf(request)),
  )
}
