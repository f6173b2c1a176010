import {
  groupMemberParamsSchema,
  groupPermissionParamsSchema,
  userPermissionParamsSchema,
} from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AdminAction } from './rbac.service.ts'
import {
  addMember,
  grantToGroup,
  grantToUser,
  removeMember,
  revokeFromGroup,
  revokeFromUser,
} from './rbac-grants.service.ts'

/** PUT adds (idempotent), DELETE removes; both answer 204. */
export const rbacGrantRoutes: FastifyPluginAsyncZod<{
  actionOf: (request: FastifyRequest) => AdminAction
}> = async (app, { actionOf }) => {
  const tags = ['rbac']
  const memberAdd = {
    schema: { tags, summary: 'Add a user to a group', params: groupMemberParamsSchema },
  }
  const memberRemove = {
    schema: { tags, summary: 'Remove a user from a group', params: groupMemberParamsSchema },
  }
  const groupGrant = {
    schema: { tags, summary: 'Grant a permission to a group', params: groupPermissionParamsSchema },
  }
  const groupRevoke = {
    schema: {
      tags,
      summary: 'Revoke a permission from a group',
      params: groupPermissionParamsSchema,
    },
  }
  const userGrant = {
    schema: { tags, summary: 'Grant a permission to a user', params: userPermissionParamsSchema },
  }
  const userRevoke = {
    schema: {
      tags,
      summary: 'Revoke a permission from a user',
      params: userPermissionParamsSchema,
    },
  }

  app.put('/rbac/groups/:id/members/:userId', memberAdd, async (request, reply) => {
    await addMember(actionOf(request), request.params.id, request.params.userId)
    return reply.code(204).send()
  })

  app.delete('/rbac/groups/:id/members/:userId', memberRemove, async (request, reply) => {
    await removeMember(actionOf(request), request.params.id, request.params.userId)
    return reply.code(204).send()
  })

  app.put('/rbac/groups/:id/permissions/:permission', groupGrant, async (request, reply) => {
    await grantToGroup(actionOf(request), request.params.id, request.params.permission)
    return reply.code(204).send()
  })

  app.delete('/rbac/groups/:id/permissions/:permission', groupRevoke, async (request, reply) => {
    await revokeFromGroup(actionOf(request), request.params.id, request.params.permission)
    return reply.code(204).send()
  })

  app.put('/rbac/users/:userId/permissions/:permission', userGrant, async (request, reply) => {
    await grantToUser(actionOf(request), request.params.userId, request.params.permission)
    return reply.code(204).send()
  })

  app.delete('/rbac/users/:userId/permissions/:permission', userRevoke, async (request, reply) => {
    await revokeFromUser(actionOf(request), request.params.userId, request.params.permission)
    return reply.code(204).send()
  })
}
