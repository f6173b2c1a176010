import {
  activationBodySchema,
  identifierParamsSchema,
  updateMeBodySchema,
  userListQuerySchema,
  userPageSchema,
  userParamsSchema,
  userSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { getMe, removeIdentifier, updateMe } from './users.service.ts'
import { getUser, listUsers, setActive } from './users-admin.service.ts'
import { usersDepsOf } from './users-deps.ts'

const OWN = 'users.read.own'

/** My account (seed: /api/v1/users/me…) and, for admins, everyone's (/api/v1/users…). */
export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = usersDepsOf(app)
  const tags = ['users']
  const user = { 200: userSchema }

  app.get(
    '/users/me',
    {
      schema: { tags, summary: 'My account', response: user },
      config: { allowBeforeTotpSetup: true },
    },
    async (request) => getMe(deps, requirePermission(request, OWN)),
  )

  app.patch(
    '/users/me',
    {
      schema: {
        tags,
        summary: 'Update my profile and preferences',
        body: updateMeBodySchema.meta({
          'x-examples': {
            language: { summary: 'Switch to English', value: { preferences: { language: 'en' } } },
          },
        }),
        response: user,
      },
    },
    async (request) =>
      updateMe(deps, requirePermission(request, OWN), request.body, requestMetaOf(request)),
  )

  app.delete(
    '/users/me/identifiers/:id',
    {
      schema: {
        tags,
        summary: 'Remove a phone number or email',
        description: 'The last identifier of an account cannot be removed (409 LAST_IDENTIFIER).',
        params: identifierParamsSchema,
        response: user,
      },
    },
    async (request) =>
      removeIdentifier(
        deps,
        requirePermission(request, OWN),
        request.params.id,
        requestMetaOf(request),
      ),
  )

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List users',
        description: 'Needs `users.read.any`. Keyset-paginated.',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'users.read.any')
      return listUsers(deps, request.query)
    },
  )

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'One user', params: userParamsSchema, response: user } },
    async (request) => getUser(deps, requireAuth(request), request.params.id),
  )

  for (const [action, isActive] of [
    ['activate', true],
    ['deactivate', false],
  ] as const) {
    app.post(
      `/users/:id/${action}`,
      {
        schema: {
          tags,
          summary: isActive ? 'Activate a user' : 'Deactivate a user',
          description: isActive
            ? 'Needs `users.manage`. The reason is kept in the audit trail.'
            : 'Needs `users.manage`. Ends every session and socket of the user at once; the reason is kept in the audit trail. Refused (409 LAST_ACCESS_MANAGER) when nobody active would hold `rbac.manage` after it.',
          params: userParamsSchema,
          body: activationBodySchema.meta({
            'x-examples': {
              reason: { summary: 'Why', value: { reason: 'Asked to close the account by phone' } },
            },
          }),
          response: user,
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'users.manage')
        const change = { isActive, reason: request.body.reason }
        return setActive(deps, actor, request.params.id, change, requestMetaOf(request))
      },
    )
  }
}
