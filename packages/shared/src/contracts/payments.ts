import { z } from 'zod'
import { pageOf, pageQueryFields, uuidSchema } from './common.ts'

/**
 * Where the gateway's return lands: the web app's result page, or (`app`) the same page under
 * /app/, which Android hands to the installed app (docs/MOBILE.md). Only ever one of our pages.
 */
export const paymentReturnSchema = z.enum(['web', 'app'])

/**
 * Strict: the amount always comes from our database (the appointment's, or the course's price),
 * never from the client. One of an appointment or a priced course.
 */
export const initiatePaymentBodySchema = z.union([
  z.strictObject({ appointmentId: uuidSchema, returnTo: paymentReturnSchema.optional() }),
  z.strictObject({ courseId: uuidSchema, returnTo: paymentReturnSchema.optional() }),
])

export const initiatePaymentResponseSchema = z.object({
  transactionId: uuidSchema,
  redirectUrl: z.string(),
})

const bilingualSchema = z.object({ fa: z.string(), en: z.string() })

/** What a receipt says about the session it paid for. */
export const receiptAppointmentSchema = z.object({
  psychologistName: bilingualSchema,
  sessionTypeName: bilingualSchema.nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
})

/** Amounts in the API are integer rials; the UI shows toman (rials / 10). */
export const paymentReceiptSchema = z.object({
  id: uuidSchema,
  type: z.enum(['payment', 'refund']),
  status: z.enum(['pending', 'completed', 'failed', 'refunded']),
  amountIrr: z.number().int(),
  appointmentId: uuidSchema.nullable(),
  /** The course bought (issue 17); null for appointments and once the course is deleted. */
  courseId: uuidSchema.nullable(),
  originalTransactionId: uuidSchema.nullable(),
  reference: z.string().nullable(),
  cardPan: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  /** The session paid for (or refunded); null when the appointment is gone. */
  appointment: receiptAppointmentSchema.nullable(),
  /**
   * Refunds only: who pays the money back. `automatic`: the gateway does it by itself (the
   * sandbox); `staff`: a staff member settles it (Zarinpal). Null for payments.
   */
  refundSettlement: z.enum(['automatic', 'staff']).nullable(),
})

/** One receipt with the refunds of that payment (empty for a refund). */
export const paymentReceiptDetailSchema = paymentReceiptSchema.extend({
  refunds: z.array(paymentReceiptSchema),
})

export const paymentHistoryQuerySchema = z.strictObject({
  ...pageQueryFields(100),
})

export const paymentHistoryPageSchema = pageOf(paymentReceiptSchema)

export const paymentCallbackQuerySchema = z.object({
  Authority: z.string().min(1).max(64),
  Status: z.string().max(10).optional(),
})

export const createRefundBodySchema = z.strictObject({
  amountIrr: z.number().int().positive(),
  note: z.string().trim().min(1).max(1000),
})

export const settleRefundBodySchema = z.strictObject({
  note: z.string().trim().min(1).max(1000),
})

export type PaymentReceipt = z.infer<typeof paymentReceiptSchema>
export type PaymentReceiptDetail = z.infer<typeof paymentReceiptDetailSchema>
export type ReceiptAppointment = z.infer<typeof receiptAppointmentSchema>
export type InitiatePaymentBody = z.infer<typeof initiatePaymentBodySchema>
export type PaymentReturn = z.infer<typeof paymentReturnSchema>
export type InitiatePaymentResponse = z.infer<typeof initiatePaymentResponseSchema>
export type PaymentHistoryPage = z.infer<typeof paymentHistoryPageSchema>
