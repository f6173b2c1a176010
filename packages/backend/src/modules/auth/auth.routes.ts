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
      schema: {
        tags,
        summary: 'Send a one-time code',
        description:
          'Sends a 6-digit code by SMS or email. The answer is the same whether or not the identifier has an account. `purpose: add-identifier` needs a session. Limited per IP, per identifier per hour and by a resend cool-down (429 with Retry-After).',
        body: sendOtpBodySchema.meta({
          'x-examples': {
            phone: { summary: 'A mobile number', value: { identifier: '09121234567' } },
            email: { summary: 'An email address', value: { identifier: 'sara@example.com' } },
          },
        }),
        response: { 200: sendOtpResponseSchema },
      },
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
      schema: {
        tags,
        summary: 'Sign in with a one-time code',
        description:
          'Opens a session (an unknown identifier gets a new account, `isNewUser: true`). The answer carries a bearer `token` and sets the httpOnly `yy_session` and readable `yy_csrf` cookies. Staff with TOTP add `totpCode` or `recoveryCode`; without one the answer is 401 TOTP_REQUIRED and the code stays unspent.',
        body: verifyOtpBodySchema.meta({
          'x-examples': {
            code: { summary: 'Code only', value: { identifier: '09121234567', code: '123456' } },
            withTotp: {
              summary: 'Staff second step',
              value: { identifier: '09120000101', code: '123456', totpCode: '654321' },
            },
          },
        }),
        response: { 200: signInResponseSchema },
      },
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
      schema: {
        tags,
        summary: 'Sign up with a one-time code',
        description:
          'Creates the account the code proves, optionally with a password, and signs in.',
        body: registerBodySchema.meta({
          'x-examples': {
            signUp: {
              summary: 'Phone, code and a password',
              value: {
                identifier: '09121234567',
                code: '123456',
                password: 'a long passphrase of mine',
                profile: { firstName: 'سارا', lastName: 'احمدی' },
              },
            },
          },
        }),
        response: { 201: signInResponseSchema },
      },
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
      schema: {
        tags,
        summary: 'Sign in with a password or a code',
        description:
          'Exactly one of `password` and `code`. Repeated failures lock the account for a while (429 ACCOUNT_LOCKED with Retry-After). Staff with TOTP add `totpCode` or `recoveryCode` (401 TOTP_REQUIRED without).',
        body: loginBodySchema.meta({
          'x-examples': {
            password: {
              summary: 'Password',
              value: { identifier: 'sara@example.com', password: 'a long passphrase of mine' },
            },
            passwordAndTotp: {
              summary: 'Password and TOTP (staff)',
              value: {
                identifier: '09120000101',
                password: 'a long passphrase of mine',
                totpCode: '654321',
              },
            },
          },
        }),
        response: { 200: signInResponseSchema },
      },
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
