import {
  announcementPageSchema,
  announcementSchema,
  createAnnouncementBodySchema,
  idParamsSchema,
  pageQuerySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../../lib/request-meta.ts'
import { requirePermission } from '../../../plugins/authenticate.ts'
import {
  cancelAnnouncement,
  createAnnouncement,
  listAnnouncements,
} from './announcement.service.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

const ANNOUNCE = 'notifications.announce'

/** Staff announcements to everyone, patients, psychologists or staff (issue 15). */
export const announcementRoutes: FastifyPluginAsyncZod<{ deps: NotificationAdminDeps }> = async (
  app,
  { deps },
) => {
  const tags = ['notifications-admin']

  app.post(
    '/admin/announcements',
    {
      schema: {
        tags,
        summary: 'Announce something',
        description:
          'Needs `notifications.announce`. Sent now, or at `sendAt` (in the future, else 400 ANNOUNCEMENT_SEND_AT_PAST); each person of the audience is told once, in-app and by their chosen channels.',
        body: createAnnouncementBodySchema.meta({
          'x-examples': {
            now: {
              summary: 'To every patient, now',
              value: {
                audience: 'patients',
                title: { fa: 'ساعات پشتیبانی در تعطیلات', en: 'Support hours over the holidays' },
                body: {
                  fa: 'پشتیبانی در روزهای تعطیل از ۱۰ تا ۱۶ پاسخ می‌دهد.',
                  en: 'Support answers from 10:00 to 16:00 on the holidays.',
                },
              },
            },
          },
        }),
        response: { 201: announcementSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, ANNOUNCE)
      const created = await createAnnouncement(deps, actor, request.body, requestMetaOf(request))
      return reply.code(201).send(created)
    },
  )

  app.get(
    '/admin/announcements',
    {
      schema: {
        tags,
        summary: 'Announcements, newest first',
        description: 'Needs `notifications.announce`. Keyset-paginated.',
        querystring: pageQuerySchema,
        response: { 200: announcementPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, ANNOUNCE)
      return listAnnouncements(deps, request.query)
    },
  )

  app.post(
    '/admin/announcements/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled announcement',
        description:
          'Needs `notifications.announce`. Only while it is scheduled; once sending has begun, 409 ANNOUNCEMENT_NOT_CANCELLABLE.',
        params: idParamsSchema,
        response: { 200: announcementSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, ANNOUNCE)
      return cancelAnnouncement(deps, actor, request.params.id, requestMetaOf(request))
    },
  )
}
