import {
  clinicianDetailSchema,
  clinicianListQuerySchema,
  clinicianPageSchema,
  idParamsSchema,
  updateClinicianListingBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { getClinician, listClinicians, updateClinicianListing } from './clinician.service.ts'

const tags = ['professionals']
const VERIFY = 'professionals.verify'

/**
 * The admin panel's clinicians (professionals.verify): the verification queue, one
 * psychologist's profile under review, and a verifier's edit of a listing. Approving and
 * rejecting stay at PUT /professionals/{id}/verification.
 */
export const clinicianRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.get(
    '/admin/clinicians',
    {
      schema: {
        tags,
        summary: 'The verification queue, or every psychologist',
        description:
          'Needs `professionals.verify`. `status=awaiting` (the default): psychologists not verified yet, active accounts only, oldest profile first; `verified`; `all`. Keyset-paged.',
        querystring: clinicianListQuerySchema,
        response: { 200: clinicianPageSchema },
      },
    },
    async (request) => {
      requirePermission(request, VERIFY)
      return listClinicians(db, request.query)
    },
  )

  app.get(
    '/admin/clinicians/:id',
    {
      schema: {
        tags,
        summary: 'A psychologist under review',
        description:
          'Needs `professionals.verify`. The profile as patients would read it, every session type (inactive ones too), whether it is listed, and the last review. Their verification documents: `GET /admin/clinicians/{id}/documents`.',
        params: idParamsSchema,
        response: { 200: clinicianDetailSchema },
      },
    },
    async (request) => {
      requirePermission(request, VERIFY)
      return getClinician(db, request.params.id)
    },
  )

  app.patch(
    '/admin/clinicians/:id/listing',
    {
      schema: {
        tags,
        summary: "Edit a psychologist's listing",
        description:
          'Needs `professionals.verify`. Bio, specialties, approaches, whether the profile is listed in the directory, and which of their session types are offered. Audited with before, after and IP.',
        params: idParamsSchema,
        body: updateClinicianListingBodySchema.meta({
          'x-examples': {
            hide: { summary: 'Take out of the directory', value: { isListed: false } },
          },
        }),
        response: { 200: clinicianDetailSchema },
      },
    },
    async (request) =>
      updateClinicianListing(db, requirePermission(request, VERIFY), {
        id: request.params.id,
        body: request.body,
        meta: requestMetaOf(request),
      }),
  )
}
