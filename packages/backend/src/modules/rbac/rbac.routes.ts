import {
  createGroupBodySchema,
  groupMemberSchema,
  groupParamsSchema,
  groupSchema,
  pageOf,
  pageQuerySchema,
  permissionSchema,
  permissionSourcesSchema,
  rbacUserParamsSchema,
  updateGroupBodySchema,
  userAccessSchema,
  userPermissionParamsSchema,
} from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { permissionSources } from './access-rules.ts'
import {
  type AdminAction,
  createGroup,
  deleteGroup,
  listGroups,
  listMembers,
  listPermissions,
  updateGroup,
  userAccess,
} from './rbac.service.ts'
import { rbacGrantRoutes } from './rbac-grants.routes.ts'

/** Groups, members and grants (admin panel). Every route needs rbac.manage. */
export const rbacRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['rbac']
  const db = app.database.db
  const actionOf = (request: FastifyRequest): AdminAction => ({
    db,
    invalidation: app.identity.invalidation,
    actor: requirePermission(request, 'rbac.manage'),
    meta: requestMetaOf(request),
  })

  app.get(
    '/rbac/permissions',
    {
      schema: {
        tags,
        summary: 'Every permission',
        response: { 200: z.object({ items: z.array(permissionSchema) }) },
      },
    },
    async (request) => {
      actionOf(request)
      return { items: await listPermissions(db) }
    },
  )

  app.get(
    '/rbac/groups',
    {
      schema: {
        tags,
        summary: 'Every group',
        response: { 200: z.object({ items: z.array(groupSchema) }) },
      },
    },
    async (request) => {
      actionOf(request)
      return listGroups(db)
    },
  )

  app.post(
    '/rbac/groups',
    {
      schema: {
        tags,
        summary: 'Create a group',
        body: createGroupBodySchema.meta({
          'x-examples': {
            group: {
              summary: 'A support team',
              value: { name: 'support-leads', description: 'Assign and close support threads' },
            },
          },
        }),
        response: { 201: groupSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createGroup(actionOf(request), request.body)),
  )

  app.patch(
    '/rbac/groups/:id',
    {
      schema: {
        tags,
        summary: 'Rename or describe a group',
        params: groupParamsSchema,
        body: updateGroupBodySchema,
        response: { 200: groupSchema },
      },
    },
    async (request) => updateGroup(actionOf(request), request.params.id, request.body),
  )

  app.delete(
    '/rbac/groups/:id',
    {
      schema: {
        tags,
        summary: 'Delete a group',
        description: 'The default groups cannot be deleted (409 DEFAULT_GROUP_PROTECTED).',
        params: groupParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteGroup(actionOf(request), request.params.id)
      return reply.code(204).send()
    },
  )

  app.get(
    '/rbac/groups/:id/members',
    {
      schema: {
        tags,
        summary: "A group's members",
        params: groupParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: pageOf(groupMemberSchema) },
      },
    },
    async (request) => {
      actionOf(request)
      return listMembers(db, request.params.id, request.query)
    },
  )

  app.get(
    '/rbac/users/:userId',
    {
      schema: {
        tags,
        summary: "A user's groups and permissions",
        params: rbacUserParamsSchema,
        response: { 200: userAccessSchema },
      },
    },
    async (request) => {
      actionOf(request)
      return userAccess(db, request.params.userId)
    },
  )

  app.get(
    '/rbac/users/:userId/permissions/:permission',
    {
      schema: {
        tags,
        summary: 'Why a user can (or cannot) do something',
        description:
          'The direct grant and the groups that give the user this permission, or none. `held` says whether any does; an inactive account can do nothing whatever it holds.',
        params: userPermissionParamsSchema,
        response: { 200: permissionSourcesSchema },
      },
    },
    async (request) => {
      actionOf(request)
      return permissionSources(db, request.params.userId, request.params.permission)
    },
  )

  await app.register(rbacGrantRoutes, { actionOf })
}
