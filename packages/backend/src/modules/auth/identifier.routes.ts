import { addIdentifierBodySchema, userSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { usersDepsOf } from '../users/users-deps.ts'
import { authDepsOf } from './auth-deps.ts'
import { addIdentifier } from './identifier.service.ts'

/**
 * Adding a phone or email to my account: a code check first, so it lives with the other code
 * checks here while the URL stays under /users/me (users owns the account, auth the proof).
 */
export const identifierRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { auth: authDepsOf(app), users: usersDepsOf(app) }
  app.post(
    '/users/me/identifiers',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a phone number or email',
        description: 'Proved by the code that send-otp (`purpose: add-identifier`) sent to it.',
        body: addIdentifierBodySchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const auth = requirePermission(request, 'users.read.own')
      const updated = await addIdentifier(deps, auth, request.body, requestMetaOf(request))
      return reply.code(201).send(updated)
    },
  )
}
