import {
  auditExportQuerySchema,
  auditFacetsSchema,
  auditPageSchema,
  auditQuerySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { replyWithCsv } from '../../lib/csv-reply.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { auditFacets, exportAuditCsv, listAudit } from './audit.service.ts'

const tags = ['audit']

/** The audit log, read-only, for holders of audit.read. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.get(
    '/audit-logs',
    {
      schema: {
        tags,
        summary: 'Read the audit log',
        description:
          'Needs `audit.read`. Filter by actor, person (`person`: actions by or on them), action, resource type and id, and Tehran days (`from`, `to`, inclusive). Newest first, keyset-paginated. Clinical text never appears.',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'audit.read')
      return listAudit(db, request.query)
    },
  )

  app.get(
    '/audit-logs/facets',
    {
      schema: {
        tags,
        summary: 'Actions and resource types in the log',
        description: 'Needs `audit.read`. For the filter menus.',
        response: { 200: auditFacetsSchema },
      },
    },
    async (request) => {
      requirePermission(request, 'audit.read')
      return auditFacets(db)
    },
  )

  app.get(
    '/audit-logs/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered audit log as CSV',
        description:
          'Needs `audit.read`. The same filters as the list; UTF-8 with a byte order mark and Persian headers, streamed. The export is itself audited (`audit.export`).',
        querystring: auditExportQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'audit.read')
      const lines = await exportAuditCsv(db, actor, request.query, requestMetaOf(request))
      return replyWithCsv(reply, 'audit-log', lines)
    },
  )
}
