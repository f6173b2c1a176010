import {
  appointmentListQuerySchema,
  appointmentPageSchema,
  appointmentSchema,
  bookAppointmentBodySchema,
  cancelAppointmentBodySchema,
  updateAppointmentBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { getAppointment, listMyAppointments } from './appointment.service.ts'
import {
  cancelAppointment,
  changeStatus,
  rescheduleAppointment,
} from './appointment-change.service.ts'
import { bookAppointment } from './booking.service.ts'
import type { CareDeps } from './care-deps.ts'
import './care-errors.ts'
import { registerCareJobs } from './care-jobs.ts'

const tags = ['appointments']
const idParams = z.strictObject({ id: z.uuid() })
const OWN = 'appointments.read.own'

export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: CareDeps = {
    db: app.database.db,
    jobs: app.jobs,
    care: app.config.care,
    log: app.log,
  }
  await registerCareJobs(deps)

  app.get(
    '/appointments',
    {
      schema: {
        tags,
        querystring: appointmentListQuerySchema,
        response: { 200: appointmentPageSchema },
      },
    },
    async (request) => listMyAppointments(deps.db, requirePermission(request, OWN), request.query),
  )

  app.post(
    '/appointments',
    { schema: { tags, body: bookAppointmentBodySchema, response: { 201: appointmentSchema } } },
    async (request, reply) => {
      const booked = await bookAppointment(deps, requirePermission(request, OWN), request.body)
      return reply.code(201).send(booked)
    },
  )

  app.get(
    '/appointments/:id',
    { schema: { tags, params: idParams, response: { 200: appointmentSchema } } },
    async (request) => getAppointment(deps.db, requireAuth(request), request.params.id),
  )

  app.patch(
    '/appointments/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateAppointmentBodySchema,
        response: { 200: appointmentSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request)
      const { startsAt, status } = request.body
      if (startsAt) return rescheduleAppointment(deps, auth, request.params.id, startsAt)
      if (status) return changeStatus(deps, auth, request.params.id, status)
      throw new AppError('VALIDATION_FAILED', 'send either startsAt or status')
    },
  )

  app.delete(
    '/appointments/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: cancelAppointmentBodySchema,
        response: { 200: appointmentSchema },
      },
    },
    async (request) =>
      cancelAppointment(deps, requireAuth(request), request.params.id, request.body.reason),
  )
}
