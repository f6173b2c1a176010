import { personAppointmentSummarySchema, userParamsSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requirePermission } from '../../plugins/authenticate.ts'
import type { CareDeps } from './care-deps.ts'
import { personAppointmentSummary } from './person-appointments.service.ts'

/** The admin's person page (issue 20): someone's appointments at a glance. */
export const personAppointmentsRoutes =
  (deps: CareDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users/:id/appointment-summary',
      {
        schema: {
          tags: ['appointments'],
          summary: "A user's appointments at a glance",
          description:
            'Needs `appointments.read.any`. Counts by role (patient or psychologist) and status, and the five latest by start time. No clinical content.',
          params: userParamsSchema,
          response: { 200: personAppointmentSummarySchema },
        },
      },
      (request) => {
        requirePermission(request, 'appointments.read.any')
        return personAppointmentSummary(deps.db, request.params.id)
      },
    )
  }
