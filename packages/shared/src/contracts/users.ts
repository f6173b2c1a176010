import { z } from 'zod'
import { identifierInputSchema } from '../identifier-schemas.ts'
import { USER_TYPES } from '../permissions.ts'
import { otpCodeSchema } from './auth-codes.ts'
import { dayInputSchema, pageOf, pageQueryFields, uuidSchema } from './common.ts'

export const userTypeSchema = z.enum(USER_TYPES)

export const userIdentifierSchema = z.object({
  id: uuidSchema,
  type: z.enum(['phone', 'email']),
  value: z.string(),
  isVerified: z.boolean(),
  isPrimary: z.boolean(),
})

/** A person's account as they (or an admin) see it. Secrets never appear here. */
export const userSchema = z
  .object({
    id: uuidSchema,
    type: userTypeSchema,
    isActive: z.boolean(),
    profile: z.record(z.string(), z.unknown()),
    preferences: z.record(z.string(), z.unknown()),
    identifiers: z.array(userIdentifierSchema),
    hasPassword: z.boolean(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'User' })

const name = z.string().trim().min(1).max(100)

/**
 * What a person may change about themselves. Strict: `type`, `isActive`, permissions or any
 * other field is refused with VALIDATION_FAILED, never silently taken. `null` clears a field.
 */
export const profilePatchSchema = z.strictObject({
  firstName: name.nullable().optional(),
  lastName: name.nullable().optional(),
  firstNameEn: name.nullable().optional(),
  lastNameEn: name.nullable().optional(),
  displayName: name.nullable().optional(),
  gender: z.enum(['female', 'male', 'other', 'undisclosed']).nullable().optional(),
  birthDate: dayInputSchema.nullable().optional(),
  city: name.nullable().optional(),
  bio: z.string().max(2000).nullable().optional(),
})

export const preferencesPatchSchema = z.strictObject({
  language: z.enum(['fa', 'en']).optional(),
  /** Also the zone quiet hours are read in. Notification switches: /notifications/preferences. */
  timeZone: z.string().max(64).optional(),
  /**
   * Patients: staff see profile.displayName (when set) instead of the real name. Everyone: SMS,
   * push and email subjects name nothing but the time (also set by PATCH /notifications/preferences).
   */
  discreetMode: z.boolean().optional(),
})

export const updateMeBodySchema = z.strictObject({
  profile: profilePatchSchema.optional(),
  preferences: preferencesPatchSchema.optional(),
})
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>

/** Adding a phone or email needs the code sent to it (send-otp with purpose add-identifier). */
export const addIdentifierBodySchema = z.strictObject({
  identifier: identifierInputSchema,
  code: otpCodeSchema,
})

export const identifierParamsSchema = z.strictObject({ id: uuidSchema })
export const userParamsSchema = z.strictObject({ id: uuidSchema })

export const userListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  type: userTypeSchema.optional(),
  isActive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  ...pageQueryFields(100),
})

export const userPageSchema = pageOf(userSchema)

/** Why an admin turns an account on or off: kept in the audit trail with the change. */
export const activationBodySchema = z.strictObject({ reason: z.string().trim().min(3).max(500) })
export type ActivationBody = z.infer<typeof activationBodySchema>

export const totpRequirementBodySchema = z.strictObject({ required: z.boolean() })

export type User = z.infer<typeof userSchema>
export type UserPage = z.infer<typeof userPageSchema>
