import { auditPageSchema, auditQuerySchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import { listAudit } from './audit.service.ts'

/** The audit log, read-only, for holders of audit.read. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-logs',
    {
      schema: {
        tags: ['audit'],
        summary: 'Read the audit log',
        description: 'Needs `audit.read`. Newest first, keyset-paginated.',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'audit.read')
      return listAudit(app.database.db, request.query)
    },
  )
}
