import { deliveryListQuerySchema, deliveryPageSchema, idParamsSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../../lib/request-meta.ts'
import { requirePermission } from '../../../plugins/authenticate.ts'
import { listDeliveries, retryFailedDelivery } from './delivery-log.service.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

const MANAGE = 'notifications.manage'

/** The delivery log: every channel attempt, without the text, and the retry of a failed one. */
export const deliveryLogRoutes: FastifyPluginAsyncZod<{ deps: NotificationAdminDeps }> = async (
  app,
  { deps },
) => {
  const tags = ['notifications-admin']

  app.get(
    '/admin/notification-deliveries',
    {
      schema: {
        tags,
        summary: 'The notification delivery log, newest first',
        description:
          'Needs `notifications.manage`. Filter by `userId`, `channel` and `status`; keyset-paginated. Never carries the notification text.',
        querystring: deliveryListQuerySchema,
        response: { 200: deliveryPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, MANAGE)
      return listDeliveries(deps, request.query)
    },
  )

  app.post(
    '/admin/notification-deliveries/:id/retry',
    {
      schema: {
        tags,
        summary: 'Retry a failed delivery',
        description:
          'Needs `notifications.manage`. 202 once re-queued; only a failed delivery (else 409 DELIVERY_NOT_RETRYABLE); unknown id 404 DELIVERY_NOT_FOUND.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, MANAGE)
      await retryFailedDelivery(deps, actor, request.params.id, requestMetaOf(request))
      return reply.code(202).send()
    },
  )
}
