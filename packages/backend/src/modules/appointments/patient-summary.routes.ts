import { patientParamsSchema, patientSummarySchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import type { CareDeps } from './care-deps.ts'
import { patientSummary } from './patient-summary.service.ts'

/** A treating psychologist's page on one patient (issue 18, measurement-based care). */
export const patientSummaryRoutes =
  (deps: CareDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/patients/:patientId/summary',
      {
        schema: {
          tags: ['appointments'],
          summary: 'My patient: their name and our sessions (audited)',
          description:
            "Only the patient's psychologist (a confirmed appointment between them); anyone else gets 404. Upcoming sessions soonest first (at most 10), past ones most recent first (at most 20, `morePast` when there are more). No note contents.",
          params: patientParamsSchema,
          response: { 200: patientSummarySchema },
        },
      },
      (request) =>
        patientSummary(deps.db, requireAuth(request), request.params.patientId, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        }),
    )
  }
