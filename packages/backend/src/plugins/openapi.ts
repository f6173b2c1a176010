import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

/**
 * One tag per module; every operation names one of these (plugins/openapi.int.test.ts checks).
 * Request-body examples come from `.meta({ 'x-examples': … })` on a route's body schema:
 * @fastify/swagger moves them to the media type's `examples`. Zod's own `examples` key is not
 * used because Zod drops it from input schemas that transform (e.g. identifiers).
 */
const OPENAPI_TAGS = [
  { name: 'health', description: 'Liveness and readiness probes for load balancers.' },
  { name: 'mobile', description: 'What the Android app needs from its host (App Links).' },
  {
    name: 'auth',
    description:
      'Sign-in by one-time code or password, the TOTP second step for staff, the current session, devices and passwords.',
  },
  { name: 'users', description: 'My account and, for admins, everyone’s.' },
  {
    name: 'rbac',
    description: 'Groups, members and permission grants; every route needs `rbac.manage`.',
  },
  {
    name: 'audit',
    description: 'The audit log, read-only: filtered lookup, filter menus and CSV export.',
  },
  {
    name: 'config',
    description:
      'Dynamic configuration: the registry’s keys, changed at run time on every instance; every route needs `config.manage`.',
  },
  {
    name: 'messaging',
    description:
      'Threads with a psychologist or a support department, messages and inboxes. Live events go over Socket.IO (docs/API.md).',
  },
  {
    name: 'professionals',
    description:
      'The public psychologist directory, bookable slots, and a psychologist’s own profile and hours.',
  },
  {
    name: 'holidays',
    description: 'The official holiday calendar by Jalali year, for admins; scheduling reads it.',
  },
  { name: 'appointments', description: 'Booking, rescheduling, status changes and cancellation.' },
  {
    name: 'notes',
    description: 'Clinical notes of an appointment, encrypted at rest; private reads are audited.',
  },
  {
    name: 'payments',
    description: 'Paying appointments through a gateway, payment history and refunds.',
  },
  {
    name: 'courses',
    description:
      'The course catalogue, a course with its lessons, enrolling, progress that resumes, my courses and my exercise answers.',
  },
  {
    name: 'courses-authoring',
    description:
      'Writing courses and lessons, publishing, and enrolment figures; every route needs `courses.manage`.',
  },
  {
    name: 'courses-care',
    description:
      'A psychologist recommends courses to their patient and sees what the patient shares.',
  },
  {
    name: 'assessments',
    description:
      'PHQ-9, GAD-7 and the IPIP Big-Five markers: questions, drafts that resume, submitting (scored, with recommendations and the safety decision), my results and the sharing switch; admin figures.',
  },
  {
    name: 'assessments-care',
    description:
      'A psychologist assigns instruments to their patient and reads the results and trends the patient shares (audited).',
  },
  {
    name: 'safety',
    description:
      'Clinical safety (DESIGN §11): the safety queue of alerts with the patient’s words (audited), acknowledge and resolve; "are you safe right now?" and "talk to someone now"; the Stanley–Brown safety plan; the on-call rota.',
  },
  {
    name: 'notifications',
    description:
      'My notification centre (list, unread count, mark read), notification settings, Web Push subscriptions and the email unsubscribe link. Live events go over Socket.IO (docs/API.md).',
  },
  {
    name: 'notifications-admin',
    description:
      'Announcements (`notifications.announce`) and the delivery log with retries (`notifications.manage`).',
  },
  {
    name: 'files',
    description:
      'Uploads (type by content, images re-encoded), downloads with access checks and byte ranges, public avatars and psychologist photos under content-hashed URLs.',
  },
  {
    name: 'companion',
    description:
      'The AI companion (issue 19): my private conversations, the streamed send (server-sent events), stop, "talk to a human", my quotas; conversations patients share with their psychologist (audited); counts per day for `reports.read`.',
  },
  {
    name: 'reports',
    description: 'Platform figures for the admin dashboard (`reports.read`): counts only.',
  },
  { name: 'dev', description: 'Development aids, absent in production.' },
]

/** OpenAPI 3.1 generated from the routes' Zod schemas, which come from packages/shared. */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'YektaYar API',
          version: '1.0.0',
          description:
            'Persian-first mental-health care platform. JSON in camelCase, UUID ids, ISO-8601 UTC times, integer rials. Errors are RFC 9457 problem+json with a stable `code`. Web clients use the `yy_session` cookie plus the `x-csrf-token` header on writes; other clients send `Authorization: Bearer`. Conventions: docs/API.md in the repository.',
        },
        tags: OPENAPI_TAGS,
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer' },
            cookie: { type: 'apiKey', in: 'cookie', name: 'yy_session' },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    })
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
    app.get('/api/docs/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'openapi' },
)
