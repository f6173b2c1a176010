import {
  loginBodySchema,
  registerBodySchema,
  sendOtpBodySchema,
  sendOtpResponseSchema,
  signInResponseSchema,
  verifyOtpBodySchema,
} from '@yektayar/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Config } from '../../config/config.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import { authDepsOf } from './auth-deps.ts'
import { currentSessionRoutes } from './current-session.routes.ts'
import { deviceRoutes } from './devices.routes.ts'
import { identifierRoutes } from './identifier.routes.ts'
import { issueOtp } from './otp.service.ts'
import { register, signInWithOtp } from './otp-sign-in.service.ts'
import { signInWithPassword } from './password-login.service.ts'
import { setSessionCookies } from './session-cookies.ts'
import type { SignInContext, SignInResult } from './sign-in.service.ts'
import { totpRoutes } from './totp.routes.ts'

const signInContextOf = (request: FastifyRequest): SignInContext => ({
  meta: requestMetaOf(request),
  previous: request.auth,
})

function answerSignIn(reply: FastifyReply, config: Config, result: SignInResult, status = 200) {
  const expiresAt = new Date(result.session.expiresAt)
  setSessionCookies(reply, config, { token: result.token, id: result.session.id, expiresAt })
  return reply.code(status).send(result)
}

/** Sign-in and sign-up, then the current session, devices and TOTP (seed: /api/v1/auth/*). */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = authDepsOf(app)
  const { limits } = app.config.identity
  // Per client address; X-Forwarded-For counts only from TRUSTED_PROXIES (see identity.ts).
  const perIp = (max: number) => ({ rateLimit: { max, timeWindow: limits.windowSeconds * 1000 } })
  const tags = ['auth']

  app.post(
    '/auth/send-otp',
    {
      schema: { tags, body: sendOtpBodySchema, response: { 200: sendOtpResponseSchema } },
      config: perIp(limits.otpSendPerIp),
    },
    async (request) => {
      const { identifier, purpose } = request.body
      const userId = purpose === 'add-identifier' ? requireAuth(request).userId : undefined
      return issueOtp(deps, { identifier, purpose, userId }, requestMetaOf(request))
    },
  )

  app.post(
    '/auth/verify-otp',
    {
      schema: { tags, body: verifyOtpBodySchema, response: { 200: signInResponseSchema } },
      config: perIp(limits.signInPerIp),
    },
    async (request, reply) => {
      const result = await signInWithOtp(deps, request.body, signInContextOf(request))
      return answerSignIn(reply, app.config, result)
    },
  )

  app.post(
    '/auth/register',
    {
      schema: { tags, body: registerBodySchema, response: { 201: signInResponseSchema } },
      config: perIp(limits.signInPerIp),
    },
    async (request, reply) => {
      const result = await register(deps, request.body, signInContextOf(request))
      return answerSignIn(reply, app.config, result, 201)
    },
  )

  app.post(
    '/auth/login',
    {
      schema: { tags, body: loginBodySchema, response: { 200: signInResponseSchema } },
      config: perIp(limits.signInPerIp),
    },
    async (request, reply) => {
      const { password, code, ...rest } = request.body
      const ctx = signInContextOf(request)
      const result =
        password !== undefined
          ? await signInWithPassword(deps, { ...rest, password }, ctx)
          : await signInWithOtp(deps, { ...rest, code: code ?? '' }, ctx)
      return answerSignIn(reply, app.config, result)
    },
  )

  await app.register(currentSessionRoutes)
  await app.register(deviceRoutes)
  await app.register(totpRoutes)
  await app.register(identifierRoutes)
}
