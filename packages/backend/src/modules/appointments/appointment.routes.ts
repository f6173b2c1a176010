import {
  type AppointmentView,
  appointmentListQuerySchema,
  appointmentPageSchema,
  appointmentPolicySchema,
  appointmentSchema,
  bookAppointmentBodySchema,
  cancelAppointmentBodySchema,
  idParamsSchema,
  updateAppointmentBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { getAppointment, listMyAppointments } from './appointment.service.ts'
import { withViewerActions } from './appointment-actions.ts'
import {
  cancelAppointment,
  changeStatus,
  rescheduleAppointment,
} from './appointment-change.service.ts'
import { undoOutcome } from './appointment-outcome.service.ts'
import { bookAppointment } from './booking.service.ts'
import { calendarRoutes } from './calendar.routes.ts'
import type { CareDeps } from './care-deps.ts'
import { patientSummaryRoutes } from './patient-summary.routes.ts'
import { personAppointmentsRoutes } from './person-appointments.routes.ts'

const tags = ['appointments']
const OWN = 'appointments.read.own'

export const appointmentRoutes: FastifyPluginAsyncZod<{ deps: CareDeps }> = async (
  app,
  { deps },
) => {
  await app.register(readRoutes(deps))
  await app.register(calendarRoutes(deps))
  await app.register(changeRoutes(deps))
  await app.register(patientSummaryRoutes(deps))
  await app.register(personAppointmentsRoutes(deps))
}

/** List, book and read: the patient's side of the calendar. */
const readRoutes =
  (deps: CareDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/appointments',
      {
        schema: {
          tags,
          summary: 'My appointments',
          description:
            'Upcoming or past, as patient or psychologist; each carries the actions its reader may take. Needs `appointments.read.own`.',
          querystring: appointmentListQuerySchema,
          response: { 200: appointmentPageSchema },
        },
      },
      async (request) => {
        const auth = requirePermission(request, OWN)
        const page = await listMyAppointments(deps.db, auth, request.query)
        return { ...page, items: page.items.map((item) => withActions(deps, auth, item)) }
      },
    )

    app.post(
      '/appointments',
      {
        schema: {
          tags,
          summary: 'Book a session',
          description:
            'A free session is confirmed at once; a priced one is held as `pending` for APPOINTMENT_HOLD_MINUTES until paid (see payments). The price comes from the session type, never from the client. 409 SLOT_TAKEN when someone else holds the slot.',
          body: bookAppointmentBodySchema.meta({
            'x-examples': {
              booking: {
                summary: 'A slot from the availability answer',
                value: {
                  psychologistId: '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87',
                  sessionTypeId: '6c2d8e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f',
                  startsAt: '2026-12-12T06:30:00.000Z',
                },
              },
            },
          }),
          response: { 201: appointmentSchema },
        },
      },
      async (request, reply) => {
        const auth = requirePermission(request, OWN)
        const booked = await bookAppointment(deps, auth, request.body)
        return reply.code(201).send(withActions(deps, auth, booked))
      },
    )

    app.get(
      '/appointments/policy',
      {
        schema: {
          tags,
          summary: 'Booking terms',
          description:
            'The free-cancel window and the payment hold in force (the dynamic configuration’s care.freeCancelHours and care.holdMinutes, which default to APPOINTMENT_FREE_CANCEL_HOURS and APPOINTMENT_HOLD_MINUTES), for screens that state them.',
          response: { 200: appointmentPolicySchema },
        },
      },
      async (request) => {
        requireAuth(request)
        return { freeCancelHours: deps.care.freeCancelHours, holdMinutes: deps.care.holdMinutes }
      },
    )

    app.get(
      '/appointments/:id',
      {
        schema: {
          summary: 'One appointment',
          tags,
          params: idParamsSchema,
          response: { 200: appointmentSchema },
        },
      },
      async (request) => {
        const auth = requireAuth(request)
        return withActions(deps, auth, await getAppointment(deps.db, auth, request.params.id))
      },
    )
  }

/** Reschedule, move the status, cancel: who may do what is the state machine's call. */
const changeRoutes =
  (deps: CareDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.patch(
      '/appointments/:id',
      {
        schema: {
          summary: 'Reschedule or change status',
          description:
            "Exactly one of `startsAt` and `status`; who may do what is the state machine's call (409 INVALID_TRANSITION).",
          tags,
          params: idParamsSchema,
          body: updateAppointmentBodySchema,
          response: { 200: appointmentSchema },
        },
      },
      async (request) => {
        const auth = requireAuth(request)
        const { startsAt, status } = request.body
        const id = request.params.id
        if (startsAt)
          return withActions(deps, auth, await rescheduleAppointment(deps, auth, id, startsAt))
        if (status) return withActions(deps, auth, await changeStatus(deps, auth, id, status))
        throw new AppError('VALIDATION_FAILED', 'send either startsAt or status')
      },
    )

    app.delete(
      '/appointments/:id',
      {
        schema: {
          summary: 'Cancel an appointment',
          description:
            'With an optional reason. A paid appointment cancelled inside the free window (or by the clinic) gets a pending refund.',
          tags,
          params: idParamsSchema,
          body: cancelAppointmentBodySchema,
          response: { 200: appointmentSchema },
        },
      },
      async (request) => {
        const auth = requireAuth(request)
        const { id } = request.params
        return withActions(
          deps,
          auth,
          await cancelAppointment(deps, auth, id, { reason: request.body.reason }),
        )
      },
    )

    app.delete(
      '/appointments/:id/outcome',
      {
        schema: {
          summary: 'Undo a recorded outcome',
          description:
            'Takes back completed or no-show (the appointment is confirmed again) within 15 minutes of recording it, for the psychologist or an admin; 409 UNDO_WINDOW_PASSED after that. Audited.',
          tags,
          params: idParamsSchema,
          response: { 200: appointmentSchema },
        },
      },
      async (request) => {
        const auth = requireAuth(request)
        return withActions(deps, auth, await undoOutcome(deps, auth, request.params.id))
      },
    )
  }

/** Every answer carries what its reader may do next (see appointment-actions.ts). */
function withActions(deps: CareDeps, auth: AuthContext, view: AppointmentView) {
  return withViewerActions(auth, view, deps.care.freeCancelHours)
}
