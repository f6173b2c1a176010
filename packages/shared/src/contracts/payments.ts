import { z } from 'zod'
import { pageOf, uuidSchema } from './common.ts'

/** Strict: the amount always comes from the appointment, never from the client. */
export const initiatePaymentBodySchema = z.strictObject({ appointmentId: uuidSchema })

export const initiatePaymentResponseSchema = z.object({
  transactionId: uuidSchema,
  redirectUrl: z.string(),
})

/** Amounts in the API are integer rials; the UI shows toman (rials / 10). */
export const paymentReceiptSchema = z.object({
  id: uuidSchema,
  type: z.enum(['payment', 'refund']),
  status: z.enum(['pending', 'completed', 'failed', 'refunded']),
  amountIrr: z.number().int(),
  appointmentId: uuidSchema.nullable(),
  originalTransactionId: uuidSchema.nullable(),
  reference: z.string().nullable(),
  cardPan: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
})

export const paymentHistoryQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
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
export type InitiatePaymentResponse = z.infer<typeof initiatePaymentResponseSchema>
export type PaymentHistoryPage = z.infer<typeof paymentHistoryPageSchema>
