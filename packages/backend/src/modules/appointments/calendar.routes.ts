import { idParamsSchema, signedLinkQuerySchema, signedLinkSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { localeOf } from '../../lib/locale.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import { requireAuthOrSignedLink } from '../../plugins/signed-link.ts'
import { getAppointment } from './appointment.service.ts'
import { appointmentCalendar } from './appointment-calendar.ts'
import type { CareDeps } from './care-deps.ts'

const tags = ['appointments']
const calendarResource = (appointmentId: string) => `calendar:${appointmentId}`

/** "Add to calendar": the appointment as an iCalendar download, and its signed link. */
export const calendarRoutes =
  (deps: CareDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/appointments/:id/calendar.ics',
      {
        schema: {
          summary: 'The appointment as a calendar file',
          description:
            'An iCalendar (RFC 5545) download for whoever may read the appointment: UTC times, a stable UID, and a discreet title that names neither therapy nor the other person. Or, in place of a session, `?sig=` from `POST /appointments/{id}/calendar-link` (404 once it has expired or its session has ended).',
          tags,
          params: idParamsSchema,
          querystring: signedLinkQuerySchema,
        },
      },
      async (request, reply) => {
        const resource = calendarResource(request.params.id)
        const reader = await requireAuthOrSignedLink(request, reply, resource)
        const view = await getAppointment(deps.db, reader, request.params.id)
        const ics = appointmentCalendar(view, {
          publicUrl: app.config.publicUrl,
          language: localeOf(request),
        })
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="yektayar-session.ics"')
          .header('cache-control', 'no-store')
          .send(ics)
      },
    )

    app.post(
      '/appointments/:id/calendar-link',
      {
        schema: {
          summary: 'A signed, short-lived link to the calendar file',
          description:
            'For clients whose session is a bearer token (the Android app), which a plain link cannot send: `url` downloads the calendar file without a session until `expiresAt` (SIGNED_LINK_SECONDS), for this person while this session lasts and they may still read the appointment. 404 for an appointment they may not read.',
          tags,
          params: idParamsSchema,
          response: { 200: signedLinkSchema },
        },
      },
      async (request) => {
        const auth = requireAuth(request)
        const { id } = await getAppointment(deps.db, auth, request.params.id)
        const { query, expiresAt } = app.identity.links.sign(auth, calendarResource(id))
        const url = `/api/v1/appointments/${id}/calendar.ics${query}`
        return { url, expiresAt: expiresAt.toISOString() }
      },
    )
  }
