import {
  deviceListSchema,
  revokedCountSchema,
  userAccessSchema,
  userDeviceParamsSchema,
  userParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { userAccess } from '../rbac/rbac.service.ts'
import { listUserDevices, revokeUserDevices } from './user-sessions.service.ts'
import { usersDepsOf } from './users-deps.ts'

/**
 * The admin's person page beyond the account itself: their groups and permissions (read-only;
 * changing them is Access, rbac.manage) and their signed-in devices, one or all of which an
 * admin can sign out.
 */
export const personPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = usersDepsOf(app)
  const tags = ['users']

  app.get(
    '/users/:id/groups',
    {
      schema: {
        tags,
        summary: "A user's groups and permissions",
        description: 'Needs `users.read.any`. Direct grants, groups, and what they add up to.',
        params: userParamsSchema,
        response: { 200: userAccessSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'users.read.any')
      return userAccess(deps.db, request.params.id)
    },
  )

  app.get(
    '/users/:id/sessions',
    {
      schema: {
        tags,
        summary: "A user's signed-in devices",
        description: 'Needs `users.read.any`. Most recently used first.',
        params: userParamsSchema,
        response: { 200: deviceListSchema },
      },
    },
    async (request) =>
      listUserDevices(deps, requirePermission(request, 'users.read.any'), request.params.id),
  )

  app.delete(
    '/users/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Sign a user out of one device',
        description: 'Needs `users.manage`. Audited on the user.',
        params: userDeviceParamsSchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'users.manage')
      const { id, sessionId } = request.params
      await revokeUserDevices(deps, actor, id, { only: sessionId }, requestMetaOf(request))
      return reply.code(204).send()
    },
  )

  app.post(
    '/users/:id/sessions/revoke-all',
    {
      schema: {
        tags,
        summary: 'Sign a user out everywhere',
        description: 'Needs `users.manage`. Every session ends and its sockets close; audited.',
        params: userParamsSchema,
        response: { 200: revokedCountSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'users.manage')
      return revokeUserDevices(deps, actor, request.params.id, {}, requestMetaOf(request))
    },
  )
}
