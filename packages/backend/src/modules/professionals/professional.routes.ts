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
import { requirePermission } from '../../plugins/authenticate.ts'
import { getAvailabilityJson } from './availability.service.ts'
import {
  addMyOverride,
  getMyProfile,
  removeMyOverride,
  replaceMyAvailability,
  replaceMySessionTypes,
  updateMyProfile,
} from './my-profile.service.ts'
import {
  getProfessional,
  listProfessionals,
  setProfessionalVerification,
} from './professional.service.ts'

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

  app.get(
    '/professionals',
    {
      schema: {
        tags,
        querystring: professionalListQuerySchema,
        response: { 200: professionalPageSchema },
      },
    },
    async (request) => listProfessionals(db, request.query, request.auth),
  )

  app.get(
    '/professionals/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: professionalDetailSchema } } },
    async (request) => getProfessional(db, request.params.id, request.auth),
  )

  app.get(
    '/professionals/:id/availability',
    {
      // Already serialised (and possibly cached), and compressed once per encoding.
      compress: false,
      schema: {
        tags,
        params: idParamsSchema,
        querystring: availabilityQuerySchema,
        response: { 200: availabilityResponseSchema },
      },
    },
    async (request, reply) => {
      const json = await getAvailabilityJson(db, request.params.id, request.query, request.auth)
      return sendEncodedJson(request, reply, json)
    },
  )
}

/** Only those who verify profiles set the verified flag; it is audited. */
const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.put(
    '/professionals/:id/verification',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: verificationBodySchema,
        response: { 200: professionalDetailSchema },
      },
    },
    async (request) =>
      setProfessionalVerification(db, {
        psychologistId: request.params.id,
        isVerified: request.body.isVerified,
        admin: requirePermission(request, 'professionals.verify'),
        ip: request.ip,
      }),
  )
}

const ownProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db

  app.get(
    '/professionals/me',
    { schema: { tags, response: { 200: myProfessionalProfileSchema } } },
    async (request) => getMyProfile(db, requirePermission(request, OWN).userId),
  )

  app.put(
    '/professionals/me/profile',
    {
      schema: {
        tags,
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
        body: replaceAvailabilityBodySchema,
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
    { schema: { tags, params: z.strictObject({ overrideId: z.uuid() }) } },
    async (request, reply) => {
      await removeMyOverride(db, requirePermission(request, OWN).userId, request.params.overrideId)
      return reply.code(204).send()
    },
  )
}
