import { personPaymentSummarySchema, userParamsSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import { personPaymentSummary } from './person-payments.service.ts'

/** The admin's person page (issue 20): someone's payments at a glance. */
export const personPaymentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users/:id/payment-summary',
    {
      schema: {
        tags: ['payments'],
        summary: "A user's payments at a glance",
        description:
          'Needs `payments.manage`. Counts and sums (integer rials) by type and status, and the five latest.',
        params: userParamsSchema,
        response: { 200: personPaymentSummarySchema },
      },
    },
    (request) => {
      requirePermission(request, 'payments.manage')
      return personPaymentSummary(app.database.db, request.params.id)
    },
  )
}
