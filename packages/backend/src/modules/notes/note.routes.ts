import {
  appointmentNoteListSchema,
  appointmentNoteSchema,
  createNoteBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { createAppointmentNote, listAppointmentNotes, type NoteDeps } from './note.service.ts'

const tags = ['notes']
const idParams = z.strictObject({ id: z.uuid() })

/** Clinical notes of an appointment; private ones are audited on every read. */
export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: NoteDeps = { db: app.database.db, keys: app.config.care.notesKeys }

  app.get(
    '/appointments/:id/notes',
    {
      schema: {
        summary: "An appointment's notes",
        description:
          'Private notes only for their author (and admins); every read of a private note writes an audit row.',
        tags,
        params: idParams,
        response: { 200: appointmentNoteListSchema },
      },
    },
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
        summary: 'Write a note',
        description: 'Encrypted at rest (AES-256-GCM); private unless `isPrivate: false`.',
        tags,
        params: idParams,
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
