import {
  idParamsSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesPatchSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
} from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendEncodedJson } from '../../lib/encoded-reply.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import {
  listNotificationsJson,
  markAllRead,
  markRead,
  unreadCountOf,
} from './notification.service.ts'
import type { NotificationDeps } from './notification-deps.ts'
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from './notification-preferences.service.ts'

const tags = ['notifications']

/**
 * Each write tells every tab of the person over Socket.IO; 60 a minute per person is far above
 * what any hand does and keeps a script from turning one session into a broadcast storm.
 */
const perPersonLimit = {
  rateLimit: {
    max: 60,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) =>
      `notifications:${request.auth?.userId ?? request.ip}`,
  },
}
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** A signed-in person's own notification centre and notification settings. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: NotificationDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/notifications',
    {
      // The page comes compressed already where the client accepts it (EncodedBody).
      compress: false,
      schema: {
        tags,
        security,
        summary: 'My notifications',
        description:
          'Newest first, in the language of Accept-Language (else the reader’s own), with the unread count; `unread=true` keeps only the unread.',
        querystring: notificationListQuerySchema,
        // For the OpenAPI document: the page is sent as ready bytes, never serialised against it.
        response: { 200: notificationPageSchema },
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request)
      const language = request.headers['accept-language']
      const page = await listNotificationsJson(deps, userId, request.query, language)
      return sendEncodedJson(request, reply, page)
    },
  )

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        security,
        summary: 'My unread count',
        description: 'The bell’s number.',
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => {
      return { unreadCount: await unreadCountOf(deps, requireAuth(request).userId) }
    },
  )

  app.post(
    '/notifications/:id/read',
    {
      config: perPersonLimit,
      schema: {
        tags,
        security,
        summary: 'Mark one read',
        description:
          'Reading again changes nothing. Another person’s notification answers 404 NOTIFICATION_NOT_FOUND. The reader’s other tabs hear `notification:read`.',
        params: idParamsSchema,
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => markRead(deps, requireAuth(request).userId, request.params.id),
  )

  app.post(
    '/notifications/read-all',
    {
      config: perPersonLimit,
      schema: {
        tags,
        security,
        summary: 'Mark all read',
        description: 'The reader’s other tabs hear `notification:read`.',
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => markAllRead(deps, requireAuth(request).userId),
  )

  app.get(
    '/notifications/preferences',
    {
      schema: {
        tags,
        security,
        summary: 'My notification settings',
        description:
          'Every category × channel (in-app always on; safety alerts cannot be silenced), quiet hours in `timeZone`, discreet mode, and whether this server can send Web Push.',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => getNotificationPreferences(deps, requireAuth(request).userId),
  )

  app.patch(
    '/notifications/preferences',
    {
      config: perPersonLimit,
      schema: {
        tags,
        security,
        summary: 'Change my notification settings',
        description:
          'Any part; categories merge per category and channel. The time zone is changed with PATCH /users/me (`preferences.timeZone`).',
        body: notificationPreferencesPatchSchema.meta({
          'x-examples': {
            quiet: {
              summary: 'No SMS for message notices, quiet from 23:00 to 07:30',
              value: {
                categories: { message_digest: { sms: false } },
                quietHours: { enabled: true, start: '23:00', end: '07:30' },
              },
            },
          },
        }),
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) =>
      updateNotificationPreferences(deps, requireAuth(request).userId, request.body),
  )
}
