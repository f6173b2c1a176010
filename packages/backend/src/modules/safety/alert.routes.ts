import {
  idParamsSchema,
  resolveSafetyAlertBodySchema,
  safetyAlertDetailSchema,
  safetyAlertListQuerySchema,
  safetyAlertPageSchema,
  safetyAlertSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { acknowledgeAlert, getAlert, listAlerts, resolveAlert } from './alert.service.ts'
import type { SafetyDeps } from './safety-deps.ts'

const tags = ['safety']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const WHO =
  'On-call staff (`safety.respond`) see every alert; a psychologist sees those of the patients they treat; anyone else gets 404 SAFETY_ALERT_NOT_FOUND (403 FORBIDDEN for the list).'

/** The safety queue (issue 18): alerts, their triggering words, acknowledge and resolve. */
export const alertRoutes: FastifyPluginAsyncZod<{ deps: SafetyDeps }> = async (app, { deps }) => {
  app.get(
    '/safety/alerts',
    {
      schema: {
        tags,
        security,
        summary: 'The safety queue, newest activity first',
        description: `\`status=active\` (the default) is open and acknowledged alerts. ${WHO}`,
        querystring: safetyAlertListQuerySchema,
        response: { 200: safetyAlertPageSchema },
      },
    },
    (request) => listAlerts(deps.db, requireAuth(request), request.query),
  )

  app.get(
    '/safety/alerts/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One alert with what triggered it (audited)',
        description: WHO,
        params: idParamsSchema,
        response: { 200: safetyAlertDetailSchema },
      },
    },
    (request) => getAlert(deps.db, requireAuth(request), request.params.id),
  )

  app.post(
    '/safety/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        security,
        summary: 'Take the alert: stops its escalation',
        description: `409 SAFETY_ALERT_RESOLVED once resolved. ${WHO}`,
        params: idParamsSchema,
        response: { 200: safetyAlertSchema },
      },
    },
    (request) => acknowledgeAlert(deps, requireAuth(request), request.params.id),
  )

  app.post(
    '/safety/alerts/:id/resolve',
    {
      schema: {
        tags,
        security,
        summary: 'Resolve the alert with a note of what was done',
        description: `409 SAFETY_ALERT_RESOLVED when it already is. ${WHO}`,
        params: idParamsSchema,
        body: resolveSafetyAlertBodySchema,
        response: { 200: safetyAlertSchema },
      },
    },
    (request) => resolveAlert(deps, requireAuth(request), request.params.id, request.body.note),
  )
}
