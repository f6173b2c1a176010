import {
  availabilityOverrideSchema,
  availabilityQuerySchema,
  availabilityResponseSchema,
  createOverrideBodySchema,
  idParamsSchema,
  myProfessionalProfileSchema,
  professionalDetailSchema,
  professionalListQuerySchema,
  professionalPageSchema,
  replaceAvailabilityBodySchema,
  replaceSessionTypesBodySchema,
  updateProfessionalProfileBodySchema,
  verificationBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendEncodedJson } from '../../lib/encoded-reply.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requirePermission } from '../../plugins/authenticate.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'
import { getAvailabilityJson } from './availability.service.ts'
import {
  addMyOverride,
  getMyProfile,
  removeMyOverride,
  replaceMyAvailability,
  replaceMySessionTypes,
  updateMyProfile,
} from './my-profile.service.ts'
import { getProfessional, listProfessionals } from './professional.service.ts'
import { reviewVerification } from './verification.service.ts'

const tags = ['professionals']
const OWN = 'schedule.manage.own'

/** The directory is public; a psychologist manages their own profile under /me. */
export const professionalRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(directoryRoutes)
  await app.register(ownProfileRoutes)
  await app.register(ownCalendarRoutes)
  await app.register(verificationRoutes)
}

const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db
  const dynamic = dynamicConfigOf(app)
  // Read per request: an admin's change of the cap applies to the next listing.
  const maxHorizonDays = () => dynamic.get('care.maxBookingHorizonDays')

  app.get(
    '/professionals',
    {
      schema: {
        tags,
        summary: 'Find a psychologist',
        description: 'Public. Active psychologists, filtered and keyset-paginated.',
        querystring: professionalListQuerySchema,
        response: { 200: professionalPageSchema },
      },
    },
    async (request) => listProfessionals(db, request.query, request.auth, maxHorizonDays()),
  )

  app.get(
    '/professionals/:id',
    {
      schema: {
        summary: "A psychologist's public profile",
        description: 'Public, with session types and their prices (`priceIrr`, integer rials).',
        tags,
        params: idParamsSchema,
        response: { 200: professionalDetailSchema },
      },
    },
    async (request) => getProfessional(db, request.params.id, request.auth),
  )

  app.get(
    '/professionals/:id/availability',
    {
      // Already serialised (and possibly cached), and compressed once per encoding.
      compress: false,
      schema: {
        summary: 'Bookable slots',
        description:
          "Public. Free slots in a range, as UTC instants; `from`/`to` are instants or dates read in `timeZone` (default: the psychologist's).",
        tags,
        params: idParamsSchema,
        querystring: availabilityQuerySchema,
        response: { 200: availabilityResponseSchema },
      },
    },
    async (request, reply) => {
      const { params, query, auth } = request
      const json = await getAvailabilityJson(db, params.id, query, auth, maxHorizonDays())
      return sendEncodedJson(request, reply, json)
    },
  )
}

/** Only those who verify profiles set the verified flag; it is audited and the psychologist told. */
const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, jobs: app.jobs }

  app.put(
    '/professionals/:id/verification',
    {
      schema: {
        summary: 'Verify a psychologist, or send their profile back',
        description:
          'Needs `professionals.verify`. `{ isVerified: true }` approves; `{ isVerified: false, reason }` withdraws or refuses verification with a reason the psychologist is sent (notification `profile_review`) and sees in their practice profile until the next review. Audited with before, after and IP.',
        tags,
        params: idParamsSchema,
        body: verificationBodySchema.meta({
          'x-examples': {
            approve: { summary: 'Approve', value: { isVerified: true } },
            reject: {
              summary: 'Send back with a reason',
              value: { isVerified: false, reason: 'تصویر پروانهٔ نظام روان‌شناسی خوانا نیست' },
            },
          },
        }),
        response: { 200: professionalDetailSchema },
      },
    },
    async (request) =>
      reviewVerification(deps, requirePermission(request, 'professionals.verify'), {
        psychologistId: request.params.id,
        body: request.body,
        meta: requestMetaOf(request),
      }),
  )
}

const ownProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.get(
    '/professionals/me',
    {
      schema: {
        tags,
        summary: 'My practice profile',
        description: 'Needs `schedule.manage.own` (psychologists).',
        response: { 200: myProfessionalProfileSchema },
      },
    },
    async (request) => getMyProfile(db, requirePermission(request, OWN).userId),
  )

  app.put(
    '/professionals/me/profile',
    {
      schema: {
        tags,
        summary: 'Update my practice profile',
        body: updateProfessionalProfileBodySchema,
        response: { 200: myProfessionalProfileSchema },
      },
    },
    async (request) => updateMyProfile(db, requirePermission(request, OWN).userId, request.body),
  )

  app.put(
    '/professionals/me/session-types',
    {
      schema: {
        tags,
        summary: 'Replace my session types',
        body: replaceSessionTypesBodySchema,
        response: { 200: myProfessionalProfileSchema },
      },
    },
    async (request) =>
      replaceMySessionTypes(db, requirePermission(request, OWN).userId, request.body),
  )
}

/** Weekly hours and date overrides of the signed-in psychologist. */
const ownCalendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.put(
    '/professionals/me/availability',
    {
      schema: {
        tags,
        summary: 'Replace my weekly hours',
        description: 'Wall-clock hours in my time zone; ISO weekdays (1 = Monday … 7 = Sunday).',
        body: replaceAvailabilityBodySchema.meta({
          'x-examples': {
            week: {
              summary: 'Saturday and Sunday mornings',
              value: {
                rules: [
                  { weekday: 6, start: '09:00', end: '13:00' },
                  { weekday: 7, start: '09:00', end: '13:00' },
                ],
              },
            },
          },
        }),
        response: { 200: myProfessionalProfileSchema },
      },
    },
    async (request) =>
      replaceMyAvailability(db, requirePermission(request, OWN).userId, request.body.rules),
  )

  app.post(
    '/professionals/me/overrides',
    {
      schema: {
        tags,
        summary: 'Close or open one date',
        body: createOverrideBodySchema,
        response: { 201: availabilityOverrideSchema },
      },
    },
    async (request, reply) => {
      const override = await addMyOverride(db, requirePermission(request, OWN).userId, request.body)
      return reply.code(201).send(override)
    },
  )

  app.delete(
    '/professionals/me/overrides/:overrideId',
    {
      schema: {
        tags,
        summary: 'Remove a date override',
        params: z.strictObject({ overrideId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await removeMyOverride(db, requirePermission(request, OWN).userId, request.params.overrideId)
      return reply.code(204).send()
    },
  )
}
