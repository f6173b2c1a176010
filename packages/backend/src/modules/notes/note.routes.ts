import {
  appointmentNoteListSchema,
  appointmentNoteSchema,
  createNoteAddendumBodySchema,
  createNoteBodySchema,
  idParamsSchema,
  noteAddendumSchema,
  noteParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import { addNoteAddendum, createAppointmentNote, listAppointmentNotes } from './note.service.ts'
import { noteDepsOf } from './note-deps.ts'

const tags = ['notes']

/** Clinical notes of an appointment; private ones are audited on every read. */
export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = noteDepsOf(app)

  app.get(
    '/appointments/:id/notes',
    {
      schema: {
        summary: "An appointment's notes",
        description:
          'Private notes only for their author (and admins); every read of a private note writes an audit row.',
        tags,
        params: idParamsSchema,
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

  app.post(
    '/appointments/:id/notes/:noteId/addenda',
    {
      schema: {
        summary: 'Amend a note',
        description:
          'Adds an addendum under the note; the note itself is never rewritten. Only its author; encrypted like the note and audited (`appointment_note.amend`).',
        tags,
        params: noteParamsSchema,
        body: createNoteAddendumBodySchema,
        response: { 201: noteAddendumSchema },
      },
    },
    async (request, reply) => {
      const { id, noteId } = request.params
      const addendum = await addNoteAddendum(
        deps,
        requireAuth(request),
        { appointmentId: id, noteId },
        request.body,
      )
      return reply.code(201).send(addendum)
    },
  )
}
