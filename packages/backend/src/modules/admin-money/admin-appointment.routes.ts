import {
  adminAppointmentDetailSchema,
  adminAppointmentExportQuerySchema,
  adminAppointmentPageSchema,
  adminAppointmentQuerySchema,
  adminCancelAppointmentBodySchema,
  idParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { replyWithCsv } from '../../lib/csv-reply.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import {
  exportAppointmentsCsv,
  listAppointmentsForAdmin,
} from '../appointments/appointment-admin.service.ts'
import type { CareDeps } from '../appointments/care-deps.ts'
import { appointmentDetailForAdmin, cancelForAdmin } from './admin-appointment.service.ts'

const tags = ['appointments']
const READ = 'appointments.read.any'
const MANAGE = 'appointments.manage'
const FILTERS =
  'Filter by Tehran days of the start (`from`, `to`, inclusive), `psychologistId`, `status` and `mode`.'

/** The admin panel's appointments: everyone's, filtered, exported, read and cancelled. */
export const adminAppointmentRoutes: FastifyPluginAsyncZod<{ deps: CareDeps }> = async (
  app,
  { deps },
) => {
  const db = deps.db

  app.get(
    '/admin/appointments',
    {
      schema: {
        tags,
        summary: 'Every appointment',
        description: `Needs \`${READ}\`. ${FILTERS} Latest start first, keyset-paginated. No clinical content.`,
        querystring: adminAppointmentQuerySchema,
        response: { 200: adminAppointmentPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, READ)
      return listAppointmentsForAdmin(db, request.query)
    },
  )

  app.get(
    '/admin/appointments/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered appointments as CSV',
        description: `Needs \`${READ}\`. The list's filters; UTF-8 with a byte order mark, Persian headers, amounts in toman; streamed in keyset batches. Audited (\`appointment.export\`).`,
        querystring: adminAppointmentExportQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, READ)
      const lines = await exportAppointmentsCsv(db, actor, request.query, requestMetaOf(request))
      return replyWithCsv(reply, 'appointments', lines)
    },
  )

  app.get(
    '/admin/appointments/:id',
    {
      schema: {
        tags,
        summary: 'One appointment with its money',
        description: `Needs \`${READ}\`. Who, when, how, status, outcome, cancellation; its payments and refunds for holders of \`payments.manage\` (null otherwise). Never its notes.`,
        params: idParamsSchema,
        response: { 200: adminAppointmentDetailSchema },
      },
    },
    async (request) =>
      appointmentDetailForAdmin(db, requirePermission(request, READ), request.params.id),
  )

  app.post(
    '/admin/appointments/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an appointment, with a refund',
        description: `Needs \`${MANAGE}\`, and \`payments.manage\` to choose \`refundIrr\` (0 for none; more than is left: 422 REFUND_EXCEEDS_PAYMENT and nothing changes). Without it the cancel policy refunds a paid appointment in full. One transaction; both sides are told; audited (\`appointment.cancel\`, \`refund.created\`).`,
        params: idParamsSchema,
        body: adminCancelAppointmentBodySchema.meta({
          'x-examples': {
            partial: {
              summary: 'Half of a 1,800,000-toman session back',
              value: { reason: 'The psychologist fell ill', refundIrr: 9_000_000 },
            },
          },
        }),
        response: { 200: adminAppointmentDetailSchema },
      },
    },
    async (request) => {
      const auth = requirePermission(request, MANAGE)
      return cancelForAdmin(deps, auth, request.params.id, request.body, requestMetaOf(request))
    },
  )
}
