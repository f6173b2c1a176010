import {
  appointmentNoteListSchema,
  appointmentNoteSchema,
  createNoteBodySchema,
  idParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { createAppointmentNote, listAppointmentNotes, type NoteDeps } from './note.service.ts'

const tags = ['appointments']

/** Clinical notes of an appointment; private ones are audited on every read. */
export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: NoteDeps = { db: app.database.db, keys: app.config.care.notesKeys }

  app.get(
    '/appointments/:id/notes',
    { schema: { tags, params: idParamsSchema, response: { 200: appointmentNoteListSchema } } },
    async (request) =>
      listAppointmentNotes(deps, requireAuth(request), request.params.id, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  )

  app.post(
    '/appointments/:id/notes',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: createNoteBodySchema,
        response: { 201: appointmentNoteSchema },
      },
    },
    async (request, reply) => {
      const note = await createAppointmentNote(
        deps,
        requireAuth(request),
        request.params.id,
        request.body,
      )
      return reply.code(201).send(note)
    },
  )
}
