import { z } from 'zod'
import {
  PAYMENT_GATEWAYS,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
} from './admin-money-constants.ts'
import { APPOINTMENT_STATUSES } from './appointment-constants.ts'
import { appointmentSchema } from './appointments.ts'
import { dayInputSchema, pageOf, pageQueryFields, uuidSchema } from './common.ts'
import { SESSION_MODES } from './professional-constants.ts'

export * from './admin-money-constants.ts'

// The admin panel's appointments and money (issue 20): global lists with the filters their CSV
// exports share, an appointment's money without its clinical content, and the reconciliation
// state of pending payments. Amounts are integer rials, as everywhere in the API.

/** Appointments by their start, in Tehran civil days (`from`, `to` inclusive). */
export const adminAppointmentFilterFields = {
  from: dayInputSchema.optional(),
  to: dayInputSchema.optional(),
  psychologistId: uuidSchema.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  mode: z.enum(SESSION_MODES).optional(),
}

export const adminAppointmentQuerySchema = z.strictObject({
  ...adminAppointmentFilterFields,
  ...pageQueryFields(100, 50),
})
export const adminAppointmentExportQuerySchema = z.strictObject(adminAppointmentFilterFields)
export const adminAppointmentPageSchema = pageOf(appointmentSchema)

const rials = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

/**
 * Payments and refunds: `reference` matches the gateway's authority or its reference id
 * exactly; `from`/`to` are Tehran days of creation; `userId` is the payer; `stale` keeps the
 * pending payments the reconciler should have settled already.
 */
export const adminPaymentFilterFields = {
  type: z.enum(TRANSACTION_TYPES).optional(),
  status: z.enum(TRANSACTION_STATUSES).optional(),
  gateway: z.enum(PAYMENT_GATEWAYS).optional(),
  reference: z.string().trim().min(1).max(64).optional(),
  minIrr: rials.optional(),
  maxIrr: rials.optional(),
  from: dayInputSchema.optional(),
  to: dayInputSchema.optional(),
  userId: uuidSchema.optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
}

export const adminPaymentQuerySchema = z.strictObject({
  ...adminPaymentFilterFields,
  ...pageQueryFields(100, 50),
})
export const adminPaymentExportQuerySchema = z.strictObject(adminPaymentFilterFields)

/**
 * Where a pending payment stands with the reconciler: how long it has waited, how often and
 * when verify was last asked, and what the gateway said (`paid`, a stable error code, or
 * `unknown` when the gateway could not say). Null for anything not pending.
 */
export const reconciliationSchema = z.object({
  pendingSince: z.string(),
  /** Past this, the reconciler sweep (every two minutes) verifies it again by itself. */
  stale: z.boolean(),
  verifyAttempts: z.number().int(),
  lastVerifyAt: z.string().nullable(),
  lastVerifyResult: z.string().nullable(),
})

export const adminPaymentSchema = z
  .object({
    id: uuidSchema,
    type: z.enum(TRANSACTION_TYPES),
    status: z.enum(TRANSACTION_STATUSES),
    amountIrr: z.number().int(),
    gateway: z.string().nullable(),
    authority: z.string().nullable(),
    reference: z.string().nullable(),
    cardPan: z.string().nullable(),
    payer: z
      .object({ id: uuidSchema, name: z.object({ fa: z.string(), en: z.string() }) })
      .nullable(),
    appointmentId: uuidSchema.nullable(),
    courseId: uuidSchema.nullable(),
    originalTransactionId: uuidSchema.nullable(),
    /** The reason given for a refund (and staff's settlement notes); null for payments. */
    note: z.string().nullable(),
    /** Payments: what pending and settled refunds already take back. Zero for refunds. */
    refundedIrr: z.number().int(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    reconciliation: reconciliationSchema.nullable(),
  })
  .meta({ id: 'AdminPayment' })

export const adminPaymentPageSchema = pageOf(adminPaymentSchema)

export const adminPaymentDetailSchema = adminPaymentSchema
  .extend({
    refunds: z.array(adminPaymentSchema),
    /** What a new refund may still take back; zero unless a completed payment. */
    refundableIrr: z.number().int(),
  })
  .meta({ id: 'AdminPaymentDetail' })

/** An appointment as the admin sees it: who, when, how, money; never its notes. */
export const adminAppointmentDetailSchema = z
  .object({
    appointment: appointmentSchema,
    /** Its payments with their refunds; null for a reader without `payments.manage`. */
    payments: z.array(adminPaymentDetailSchema).nullable(),
  })
  .meta({ id: 'AdminAppointmentDetail' })

/**
 * Cancel on the clinic's side. `refundIrr` picks the refund of the appointment's payment in the
 * same transaction: 0 for none, up to what is left for a full or partial one (needs
 * `payments.manage`). Left out, the cancel policy decides (a paid appointment is refunded in
 * full). The reason is kept on the appointment and is the refund's note.
 */
export const adminCancelAppointmentBodySchema = z.strictObject({
  reason: z.string().trim().min(1).max(500),
  refundIrr: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
})

export type AdminAppointmentQuery = z.input<typeof adminAppointmentQuerySchema>
export type AdminAppointmentExportQuery = z.infer<typeof adminAppointmentExportQuerySchema>
export type AdminAppointmentPage = z.infer<typeof adminAppointmentPageSchema>
export type AdminAppointmentDetail = z.infer<typeof adminAppointmentDetailSchema>
export type AdminCancelAppointmentBody = z.infer<typeof adminCancelAppointmentBodySchema>
export type AdminPaymentQuery = z.input<typeof adminPaymentQuerySchema>
export type AdminPaymentExportQuery = z.infer<typeof adminPaymentExportQuerySchema>
export type AdminPayment = z.infer<typeof adminPaymentSchema>
export type AdminPaymentPage = z.infer<typeof adminPaymentPageSchema>
export type AdminPaymentDetail = z.infer<typeof adminPaymentDetailSchema>
export type Reconciliation = z.infer<typeof reconciliationSchema>
