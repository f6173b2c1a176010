import {
  documentFilePageSchema,
  documentFileSchema,
  documentListQuerySchema,
  fileParamsSchema,
  idParamsSchema,
  linkDocumentBodySchema,
  patientDocumentsParamsSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth, requirePermission } from '../../plugins/authenticate.ts'
import { deleteMyDocument, linkMyDocument } from './document-change.service.ts'
import {
  listMyDocuments,
  listPatientDocuments,
  listVerificationDocuments,
} from './document-list.service.ts'
import type { FileDeps } from './file-deps.ts'

const tags = ['files']

/**
 * Documents a person keeps for their care (uploads of purpose `document`): their own list, a
 * link to one of their sessions, deletion; and the list their treating psychologist reads.
 */
export const documentRoutes: FastifyPluginAsyncZod<{ deps: FileDeps }> = async (app, { deps }) => {
  const db = deps.db

  app.get(
    '/users/me/documents',
    {
      schema: {
        tags,
        summary: 'My documents',
        description:
          'Ready documents I uploaded (`POST /files` with purpose `document`), newest first, each with the session it is linked to. Keyset-paged: pass `nextCursor` back as `cursor`.',
        querystring: documentListQuerySchema,
        response: { 200: documentFilePageSchema },
      },
    },
    async (request) => listMyDocuments(db, requireAuth(request), request.query),
  )

  app.get(
    '/patients/:patientId/documents',
    {
      schema: {
        tags,
        summary: "A patient's documents, for their psychologist",
        description:
          'Only for a psychologist who has (had) a confirmed, completed or no-show session with the patient; anyone else, and an unknown patient, gets 404. A linked session shows only when it is with the reader. Every listing writes an audit row (`patient_documents.list`), and every download of one (`GET /files/{id}`) another (`document.read`).',
        params: patientDocumentsParamsSchema,
        querystring: documentListQuerySchema,
        response: { 200: documentFilePageSchema },
      },
    },
    async (request) =>
      listPatientDocuments(db, requireAuth(request), {
        patientId: request.params.patientId,
        query: request.query,
        context: { ip: request.ip, userAgent: request.headers['user-agent'] },
      }),
  )

  app.get(
    '/admin/clinicians/:id/documents',
    {
      schema: {
        tags,
        summary: "A psychologist's verification documents",
        description:
          'Needs `professionals.verify`. The documents a psychologist uploaded (`POST /files` with purpose `document`: licence, degrees), newest first, without any session. Only for a psychologist with a profile; anyone else is 404. Every listing writes an audit row (`psychologist_documents.list`), and every download (`GET /files/{id}`) another (`document.read`).',
        params: idParamsSchema,
        querystring: documentListQuerySchema,
        response: { 200: documentFilePageSchema },
      },
    },
    async (request) =>
      listVerificationDocuments(db, requirePermission(request, 'professionals.verify'), {
        psychologistId: request.params.id,
        query: request.query,
        context: { ip: request.ip, userAgent: request.headers['user-agent'] },
      }),
  )

  app.put(
    '/files/:id/appointment',
    {
      schema: {
        tags,
        summary: 'Link my document to one of my sessions',
        description:
          'A ready document of mine, onto a session in which I am the patient (`null` unlinks it). Another person’s file, and an appointment that is not mine as patient, get 404; my file that is not a ready document, 409 FILE_NOT_USABLE. The link does not change who may read the document.',
        params: fileParamsSchema,
        body: linkDocumentBodySchema.meta({
          'x-examples': {
            link: {
              summary: 'For one of my sessions',
              value: { appointmentId: '0b8f6d3e-8c1a-4f7e-9a55-3d2c1b0a9e87' },
            },
            unlink: { summary: 'For no session in particular', value: { appointmentId: null } },
          },
        }),
        response: { 200: documentFileSchema },
      },
    },
    async (request) => linkMyDocument(deps, requireAuth(request), request.params.id, request.body),
  )

  app.delete(
    '/files/:id',
    {
      schema: {
        tags,
        summary: 'Delete my document',
        description:
          'Documents only, by their owner: nobody can read it from the answer on, and its bytes are removed (by the files sweep, every quarter of an hour, should storage fail just then). 204; a second delete, and another person’s file, 404; my file of another purpose, 409 FILE_NOT_USABLE.',
        params: fileParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteMyDocument(deps, requireAuth(request), request.params.id)
      return reply.code(204).send()
    },
  )
}
