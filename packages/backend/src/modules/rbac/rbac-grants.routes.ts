import {
  groupMemberParamsSchema,
  groupPermissionParamsSchema,
  userPermissionParamsSchema,
} from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import type { AdminAction } from './rbac.service.ts'
import {
  addMember,
  grantToGroup,
  grantToUser,
  removeMember,
  revokeFromGroup,
  revokeFromUser,
} from './rbac-grants.service.ts'

type Change = (action: AdminAction, owner: string, item: string) => Promise<void>

/**
 * One pair of routes: PUT adds (idempotent), DELETE removes; both answer 204. `keys` name the
 * two path parameters (the group or user, then the member or permission) that the schema checks.
 */
interface GrantPair {
  url: string
  params: z.ZodType<Record<string, string>>
  keys: [owner: string, item: string]
  put: { summary: string; change: Change }
  delete: { summary: string; change: Change }
}

const PAIRS: GrantPair[] = [
  {
    url: '/rbac/groups/:id/members/:userId',
    params: groupMemberParamsSchema,
    keys: ['id', 'userId'],
    put: { summary: 'Add a user to a group', change: addMember },
    delete: { summary: 'Remove a user from a group', change: removeMember },
  },
  {
    url: '/rbac/groups/:id/permissions/:permission',
    params: groupPermissionParamsSchema,
    keys: ['id', 'permission'],
    put: { summary: 'Grant a permission to a group', change: grantToGroup },
    delete: { summary: 'Revoke a permission from a group', change: revokeFromGroup },
  },
  {
    url: '/rbac/users/:userId/permissions/:permission',
    params: userPermissionParamsSchema,
    keys: ['userId', 'permission'],
    put: { summary: 'Grant a permission to a user', change: grantToUser },
    delete: { summary: 'Revoke a permission from a user', change: revokeFromUser },
  },
]

export const rbacGrantRoutes: FastifyPluginAsyncZod<{
  actionOf: (request: FastifyRequest) => AdminAction
}> = async (app, { actionOf }) => {
  for (const grant of PAIRS) {
    for (const method of ['put', 'delete'] as const) {
      const { summary, change } = grant[method]
      app.route({
        method: method.toUpperCase() as 'PUT' | 'DELETE',
        url: grant.url,
        schema: { tags: ['rbac'], summary, params: grant.params },
        handler: async (request, reply) => {
          // The route's schema has checked both parameters; the handler only picks them by name.
          const param = (key: string) => String((request.params as Record<string, string>)[key])
          const [owner, item] = grant.keys
          await change(actionOf(request), param(owner), param(item))
          return reply.code(204).send()
        },
      })
    }
  }
}
