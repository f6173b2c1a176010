import { z } from 'zod'
import { CLINICIAN_FILTERS, REVIEW_STATES } from './clinician-constants.ts'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'
import { APPROACHES, SPECIALTIES } from './professional-constants.ts'
import { professionalDetailSchema } from './professionals.ts'

export * from './clinician-constants.ts'

export const clinicianListQuerySchema = z.strictObject({
  /** `awaiting`: not verified (the queue, oldest first); `verified`; `all`. */
  status: z.enum(CLINICIAN_FILTERS).default('awaiting'),
  ...pageQueryFields(100, 50),
})
export type ClinicianListQuery = z.infer<typeof clinicianListQuerySchema>

export const clinicianReviewSchema = z.object({
  state: z.enum(REVIEW_STATES),
  /** What the last rejection asked the psychologist to fix; null once verified. */
  rejectionReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
})

export const clinicianQueueItemSchema = z
  .object({
    id: uuidSchema,
    name: z.object({ fa: z.string(), en: z.string() }),
    photoUrl: z.string().nullable(),
    licenseNumber: z.string().nullable(),
    isListed: z.boolean(),
    /** When the psychologist's profile was created: the queue's order, oldest first. */
    submittedAt: z.string(),
    /** Their profile's last change. */
    updatedAt: z.string(),
    review: clinicianReviewSchema,
  })
  .meta({ id: 'ClinicianQueueItem' })
export const clinicianPageSchema = pageOf(clinicianQueueItemSchema)

/** What a verifier reviews: the public profile (all session types) and the review so far. */
export const clinicianDetailSchema = professionalDetailSchema
  .extend({
    isListed: z.boolean(),
    isActive: z.boolean(),
    submittedAt: z.string(),
    updatedAt: z.string(),
    review: clinicianReviewSchema,
  })
  .meta({ id: 'ClinicianDetail' })

/**
 * Verifiers' edits of a listing (audited): the texts and tags patients read, whether it is
 * shown in the directory, and which session types are offered. Everything else stays the
 * psychologist's.
 */
export const updateClinicianListingBodySchema = z
  .strictObject({
    bioFa: z.string().trim().max(4000).optional(),
    bioEn: z.string().trim().max(4000).optional(),
    specialties: z.array(z.enum(SPECIALTIES)).max(16).optional(),
    approaches: z.array(z.enum(APPROACHES)).max(11).optional(),
    isListed: z.boolean().optional(),
    sessionTypes: z
      .array(z.strictObject({ id: uuidSchema, isActive: z.boolean() }))
      .max(20)
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' })
export type UpdateClinicianListingBody = z.infer<typeof updateClinicianListingBodySchema>

export type ClinicianReview = z.infer<typeof clinicianReviewSchema>
export type ClinicianQueueItem = z.infer<typeof clinicianQueueItemSchema>
export type ClinicianPage = z.infer<typeof clinicianPageSchema>
export type ClinicianDetail = z.infer<typeof clinicianDetailSchema>
