import { z } from 'zod'
import { dayInputSchema, instantInputSchema, pageQueryFields } from './common.ts'
import {
  APPROACHES,
  PROFESSIONAL_GENDERS,
  PROFESSIONAL_SORTS,
  SESSION_MODES,
  SPECIALTIES,
} from './professional-constants.ts'

export * from './professional-constants.ts'

/** ISO 639-1 language codes a psychologist works in. */
const languageSchema = z.string().regex(/^[a-z]{2}$/)
/** Local wall-clock time, `HH:MM`; `24:00` ends a window at midnight. */
export const wallClockSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/)
export const localDateSchema = dayInputSchema
/** An IANA zone name; whether the zone exists is checked by the server (INVALID_TIME_ZONE). */
export const timeZoneNameSchema = z.string().min(1).max(64)
const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true')
const nameSchema = z.object({ fa: z.string(), en: z.string() })

export const professionalListQuerySchema = z.strictObject({
  /** Part of a name, Persian or English; ي/ی, ك/ک, ZWNJ and spaces do not matter. */
  q: z.string().trim().max(80).optional(),
  specialty: z.enum(SPECIALTIES).optional(),
  language: languageSchema.optional(),
  gender: z.enum(PROFESSIONAL_GENDERS).optional(),
  mode: z.enum(SESSION_MODES).optional(),
  minPriceIrr: z.coerce.number().int().min(0).optional(),
  maxPriceIrr: z.coerce.number().int().min(0).optional(),
  availableWithinDays: z.coerce.number().int().min(1).max(62).optional(),
  sort: z.enum(PROFESSIONAL_SORTS).default('experience'),
  includeUnverified: booleanQuery.optional(),
  ...pageQueryFields(50),
})
export type ProfessionalListQuery = z.infer<typeof professionalListQuerySchema>

export const sessionTypeSchema = z
  .object({
    id: z.uuid(),
    nameFa: z.string(),
    nameEn: z.string(),
    durationMinutes: z.number().int(),
    mode: z.enum(SESSION_MODES),
    /** Integer rials. */
    priceIrr: z.number().int(),
    isActive: z.boolean(),
  })
  .meta({ id: 'SessionType' })

export const professionalSummarySchema = z
  .object({
    id: z.uuid(),
    name: nameSchema,
    photoUrl: z.string().nullable(),
    gender: z.enum(PROFESSIONAL_GENDERS).nullable(),
    yearsOfExperience: z.number().int(),
    specialties: z.array(z.string()),
    approaches: z.array(z.string()),
    languages: z.array(z.string()),
    isVerified: z.boolean(),
    modes: z.array(z.enum(SESSION_MODES)),
    minPriceIrr: z.number().int().nullable(),
    /** The first bookable start in the next 30 days (or `availableWithinDays`); null if none. */
    nextAvailableAt: z.iso.datetime().nullable().optional(),
  })
  .meta({ id: 'ProfessionalSummary' })

export const bookingPolicySchema = z.object({
  timeZone: z.string(),
  minNoticeMinutes: z.number().int(),
  bookingHorizonDays: z.number().int(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  slotStepMinutes: z.number().int(),
  blockHolidays: z.boolean(),
})

export const professionalDetailSchema = professionalSummarySchema
  .extend({
    bioFa: z.string(),
    bioEn: z.string(),
    licenseNumber: z.string().nullable(),
    /** Where in-person sessions take place; null when not given. */
    officeAddress: z.string().nullable(),
    sessionTypes: z.array(sessionTypeSchema),
    policy: bookingPolicySchema,
  })
  .meta({ id: 'ProfessionalDetail' })

export const professionalPageSchema = z.object({
  items: z.array(professionalSummarySchema),
  nextCursor: z.string().nullable(),
  /**
   * How many psychologists match, on the first page (no cursor); null on later pages and when
   * `availableWithinDays` filters, which is only known row by row.
   */
  total: z.number().int().nullable(),
})

export const availabilityRuleSchema = z.strictObject({
  /** ISO weekday in the psychologist's zone: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  start: wallClockSchema,
  end: wallClockSchema,
})
export type AvailabilityRuleInput = z.infer<typeof availabilityRuleSchema>

export const availabilityOverrideSchema = z
  .object({
    id: z.uuid(),
    date: localDateSchema,
    kind: z.enum(['unavailable', 'available']),
    start: wallClockSchema.nullable(),
    end: wallClockSchema.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'AvailabilityOverride' })

export const myProfessionalProfileSchema = professionalDetailSchema
  .extend({
    roomUrl: z.string().nullable(),
    /** The last verification review's request for changes, shown until the next review. */
    rejectionReason: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    rules: z.array(availabilityRuleSchema),
    overrides: z.array(availabilityOverrideSchema),
  })
  .meta({ id: 'MyProfessionalProfile' })

/**
 * Links people open from a psychologist's profile: https to a real host only, so no
 * `javascript:`, `data:` or `vbscript:` URL reaches a page (the photo URL is public).
 */
const httpsUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(500)

export const updateProfessionalProfileBodySchema = z.strictObject({
  photoUrl: httpsUrlSchema.nullable().optional(),
  bioFa: z.string().trim().max(4000).optional(),
  bioEn: z.string().trim().max(4000).optional(),
  specialties: z.array(z.enum(SPECIALTIES)).max(16).optional(),
  approaches: z.array(z.enum(APPROACHES)).max(11).optional(),
  languages: z.array(languageSchema).min(1).max(10).optional(),
  gender: z.enum(PROFESSIONAL_GENDERS).nullable().optional(),
  yearsOfExperience: z.number().int().min(0).max(70).optional(),
  licenseNumber: z.string().trim().min(3).max(50).nullable().optional(),
  timeZone: timeZoneNameSchema.optional(),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(14 * 24 * 60)
    .optional(),
  bookingHorizonDays: z.number().int().min(1).max(365).optional(),
  bufferBeforeMinutes: z.number().int().min(0).max(120).optional(),
  bufferAfterMinutes: z.number().int().min(0).max(120).optional(),
  slotStepMinutes: z.number().int().min(5).max(240).multipleOf(5).optional(),
  blockHolidays: z.boolean().optional(),
  /** The psychologist's own video room; a per-appointment room is generated when unset. */
  roomUrl: httpsUrlSchema.nullable().optional(),
  /** Where in-person sessions take place; null clears it. */
  officeAddress: z.string().trim().min(1).max(300).nullable().optional(),
})
export type UpdateProfessionalProfileBody = z.infer<typeof updateProfessionalProfileBodySchema>

export const replaceSessionTypesBodySchema = z.strictObject({
  sessionTypes: z
    .array(
      z.strictObject({
        id: z.uuid().optional(),
        nameFa: z.string().trim().min(1).max(100),
        nameEn: z.string().trim().min(1).max(100),
        durationMinutes: z.number().int().min(10).max(240),
        mode: z.enum(SESSION_MODES),
        priceIrr: z.number().int().min(0).max(1_000_000_000_000),
        isActive: z.boolean().default(true),
      }),
    )
    .max(20),
})
export type ReplaceSessionTypesBody = z.infer<typeof replaceSessionTypesBodySchema>

export const replaceAvailabilityBodySchema = z.strictObject({
  rules: z.array(availabilityRuleSchema).max(70),
})

export const createOverrideBodySchema = z
  .strictObject({
    date: localDateSchema,
    kind: z.enum(['unavailable', 'available']),
    start: wallClockSchema.optional(),
    end: wallClockSchema.optional(),
    note: z.string().trim().max(200).optional(),
  })
  .refine((body) => (body.start === undefined) === (body.end === undefined), {
    message: 'start and end go together',
  })
  .refine((body) => body.kind === 'unavailable' || body.start !== undefined, {
    message: 'extra hours need start and end',
  })
export type CreateOverrideBody = z.infer<typeof createOverrideBodySchema>

/**
 * Approve (`isVerified: true`), or send back with a reason the psychologist reads
 * (`isVerified: false` needs `reason`, which is refused on approval).
 */
export const verificationBodySchema = z
  .strictObject({
    isVerified: z.boolean(),
    reason: z.string().trim().min(5).max(1000).optional(),
  })
  .refine((body) => body.isVerified === (body.reason === undefined), {
    message: 'a rejection needs a reason; an approval takes none',
    path: ['reason'],
  })
export type VerificationBody = z.infer<typeof verificationBodySchema>

/**
 * `from`/`to`: an instant (ISO-8601 with offset) or a calendar date read in `timeZone`
 * (default: the psychologist's zone). Slots come back as UTC instants.
 */
export const availabilityQuerySchema = z.strictObject({
  from: z.union([instantInputSchema, localDateSchema]).optional(),
  to: z.union([instantInputSchema, localDateSchema]).optional(),
  sessionType: z.uuid().optional(),
  timeZone: timeZoneNameSchema.optional(),
})
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>

export const availabilityResponseSchema = z
  .object({
    psychologistId: z.uuid(),
    sessionTypeId: z.uuid(),
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    // Server-made ISO-8601 UTC strings; not re-validated per item on the way out, which cost as
    // much as computing the slots.
    slots: z.array(
      z.object({
        startsAt: z.string().meta({ format: 'date-time' }),
        endsAt: z.string().meta({ format: 'date-time' }),
      }),
    ),
  })
  .meta({ id: 'Availability' })

export type SessionType = z.infer<typeof sessionTypeSchema>
export type ProfessionalSummary = z.infer<typeof professionalSummarySchema>
export type ProfessionalDetail = z.infer<typeof professionalDetailSchema>
export type ProfessionalPage = z.infer<typeof professionalPageSchema>
export type AvailabilityResponse = z.infer<typeof availabilityResponseSchema>
export type AvailabilityOverride = z.infer<typeof availabilityOverrideSchema>
export type MyProfessionalProfile = z.infer<typeof myProfessionalProfileSchema>
export type ReplaceAvailabilityBody = z.infer<typeof replaceAvailabilityBodySchema>
