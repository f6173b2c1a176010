import {
  recoveryCodesResponseSchema,
  totpCodeBodySchema,
  totpProofBodySchema,
  totpRequirementBodySchema,
  totpSetupResponseSchema,
  userParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { authDepsOf } from './auth-deps.ts'
import {
  disableTotp,
  enableTotp,
  renewRecoveryCodes,
  resetTotp,
  setTotpRequirement,
  startTotpSetup,
} from './totp-enrolment.service.ts'

/** Staff second factor: enrol, turn off, renew recovery codes; admins require or reset it. */
export const totpRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = authDepsOf(app)
  const tags = ['auth']
  const enrolment = { allowBeforeTotpSetup: true }

  app.post(
    '/auth/totp/setup',
    {
      schema: {
        tags,
        summary: 'Start TOTP enrolment',
        description: 'A new secret and its otpauth:// URI for an authenticator app; staff only.',
        response: { 200: totpSetupResponseSchema },
      },
      config: enrolment,
    },
    async (request) => startTotpSetup(deps, requireAuth(request)),
  )

  app.post(
    '/auth/totp/enable',
    {
      schema: {
        tags,
        summary: 'Finish TOTP enrolment',
        description:
          'Proves the authenticator with a current code; answers the recovery codes once.',
        body: totpCodeBodySchema,
        response: { 200: recoveryCodesResponseSchema },
      },
      config: enrolment,
    },
    async (request) =>
      enableTotp(deps, requireAuth(request), request.body.code, requestMetaOf(request)),
  )

  app.post(
    '/auth/totp/disable',
    {
      schema: {
        tags,
        summary: 'Turn TOTP off',
        description: 'Needs a current TOTP code or an unused recovery code.',
        body: totpProofBodySchema,
      },
    },
    async (request, reply) => {
      await disableTotp(deps, requireAuth(request), request.body, requestMetaOf(request))
      return reply.code(204).send()
    },
  )

  app.post(
    '/auth/totp/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Renew my recovery codes',
        description:
          'Needs a current TOTP code or an unused recovery code; the old codes stop working.',
        body: totpProofBodySchema,
        response: { 200: recoveryCodesResponseSchema },
      },
    },
    async (request) =>
      renewRecoveryCodes(deps, requireAuth(request), request.body, requestMetaOf(request)),
  )

  app.put(
    '/users/:id/totp-requirement',
    {
      schema: {
        tags: ['users'],
        summary: "Require (or stop requiring) a user's TOTP",
        description: 'Needs `users.manage`.',
        params: userParamsSchema,
        body: totpRequirementBodySchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'users.manage')
      const { id } = request.params
      await setTotpRequirement(deps, actor, id, request.body.required, requestMetaOf(request))
      return reply.code(204).send()
    },
  )

  app.delete(
    '/users/:id/totp',
    {
      schema: {
        tags: ['users'],
        summary: "Reset a user's TOTP",
        description:
          'Needs `users.manage`. Clears the secret and the recovery codes (a lost authenticator).',
        params: userParamsSchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'users.manage')
      await resetTotp(deps, actor, request.params.id, requestMetaOf(request))
      return reply.code(204).send()
    },
  )
}
