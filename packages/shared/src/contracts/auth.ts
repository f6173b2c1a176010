import { z } from 'zod'
import { identifierInputSchema } from '../identifier-schemas.ts'
import { otpCodeSchema, recoveryCodeSchema, totpCodeSchema } from './auth-codes.ts'
import { uuidSchema } from './common.ts'
import { userSchema, userTypeSchema } from './users.ts'

export const otpPurposeSchema = z.enum(['sign-in', 'add-identifier'])
export type OtpPurpose = z.infer<typeof otpPurposeSchema>

/** `add-identifier` needs a session: it sends a code to a number or email being added. */
export const sendOtpBodySchema = z.strictObject({
  identifier: identifierInputSchema,
  purpose: otpPurposeSchema.default('sign-in'),
})

/** The same answer whether or not the identifier belongs to an account. */
export const sendOtpResponseSchema = z.object({
  sent: z.literal(true),
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
})

/** Staff with TOTP add one of these when signing in; without it the answer is TOTP_REQUIRED. */
const secondFactor = {
  totpCode: totpCodeSchema.optional(),
  recoveryCode: recoveryCodeSchema.optional(),
}

export const verifyOtpBodySchema = z.strictObject({
  identifier: identifierInputSchema,
  code: otpCodeSchema,
  ...secondFactor,
})

const passwordSchema = z.string().min(1).max(1024)

/** Signs up with a code (proving the identifier) and, optionally, a password for later. */
export const registerBodySchema = z.strictObject({
  identifier: identifierInputSchema,
  code: otpCodeSchema,
  password: passwordSchema.optional(),
  profile: z
    .strictObject({
      firstName: z.string().trim().min(1).max(100).optional(),
      lastName: z.string().trim().min(1).max(100).optional(),
    })
    .optional(),
})

/** Identifier with either a password or a one-time code, never both. */
export const loginBodySchema = z
  .strictObject({
    identifier: identifierInputSchema,
    password: passwordSchema.optional(),
    code: otpCodeSchema.optional(),
    ...secondFactor,
  })
  .refine((body) => (body.password === undefined) !== (body.code === undefined), {
    message: 'give a password or a code',
    path: ['password'],
  })

export const signInResponseSchema = z
  .object({
    user: userSchema,
    session: z.object({ id: uuidSchema, expiresAt: z.string() }),
    /** For bearer clients; web clients use the httpOnly yy_session cookie set alongside. */
    token: z.string(),
    isNewUser: z.boolean(),
  })
  .meta({ id: 'SignIn' })

export const sessionInfoSchema = z.object({
  user: z.object({ id: uuidSchema, type: userTypeSchema }),
  session: z.object({
    id: uuidSchema,
    expiresAt: z.string().nullable(),
    /**
     * Minutes without a request after which the server ends the session (staff: shorter); the
     * admin panel signs out on its own a little earlier. Always sent by the server.
     */
    idleMinutes: z.number().int().optional(),
  }),
  permissions: z.array(z.string()),
  totpSetupRequired: z.boolean(),
})

export const deviceSchema = z.object({
  id: uuidSchema,
  current: z.boolean(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
})

export const deviceListSchema = z.object({ items: z.array(deviceSchema) })
export const deviceParamsSchema = z.strictObject({ id: uuidSchema })
export const userDeviceParamsSchema = z.strictObject({ id: uuidSchema, sessionId: uuidSchema })
export const revokedCountSchema = z.object({ revoked: z.number().int() })

export const changePasswordBodySchema = z.strictObject({
  currentPassword: passwordSchema.optional(),
  newPassword: passwordSchema,
})

export const totpSetupResponseSchema = z.object({ secret: z.string(), uri: z.string() })
export const totpCodeBodySchema = z.strictObject({ code: totpCodeSchema })
/** Turning TOTP off or renewing recovery codes: a current TOTP code or an unused recovery code. */
export const totpProofBodySchema = z
  .strictObject(secondFactor)
  .refine((body) => (body.totpCode === undefined) !== (body.recoveryCode === undefined), {
    message: 'give a TOTP code or a recovery code',
    path: ['totpCode'],
  })
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) })

export type SessionInfo = z.infer<typeof sessionInfoSchema>
export type Device = z.infer<typeof deviceSchema>
export type SignInResponse = z.infer<typeof signInResponseSchema>
export type SendOtpBody = z.input<typeof sendOtpBodySchema>
export type SendOtpResponse = z.infer<typeof sendOtpResponseSchema>
export type DeviceList = z.infer<typeof deviceListSchema>
export type RevokedCount = z.infer<typeof revokedCountSchema>
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>
export type TotpSetupResponse = z.infer<typeof totpSetupResponseSchema>
export type TotpProofBody = z.input<typeof totpProofBodySchema>
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponseSchema>
