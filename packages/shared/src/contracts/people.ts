import { z } from 'zod'
import { uuidSchema } from './common.ts'

/**
 * What the admin's person page shows of someone's appointments and payments: counts and the
 * latest few, never clinical content (no notes, no free-text reasons).
 */
const appointmentRole = z.enum(['patient', 'psychologist'])

export const personAppointmentSummarySchema = z
  .object({
    counts: z.array(
      z.object({ role: appointmentRole, status: z.string(), count: z.number().int() }),
    ),
    recent: z.array(
      z.object({
        id: uuidSchema,
        role: appointmentRole,
        status: z.string(),
        mode: z.string().nullable(),
        scheduledAt: z.string(),
        /** The other person: the psychologist of a patient's appointment, or the patient. */
        counterpartName: z.string(),
      }),
    ),
  })
  .meta({ id: 'PersonAppointmentSummary' })

export const personPaymentSummarySchema = z
  .object({
    counts: z.array(
      z.object({
        type: z.string(),
        status: z.string(),
        count: z.number().int(),
        amountIrr: z.number().int(),
      }),
    ),
    recent: z.array(
      z.object({
        id: uuidSchema,
        type: z.string(),
        status: z.string(),
        amountIrr: z.number().int(),
        gateway: z.string().nullable(),
        gatewayReference: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'PersonPaymentSummary' })

export type PersonAppointmentSummary = z.infer<typeof personAppointmentSummarySchema>
export type PersonPaymentSummary = z.infer<typeof personPaymentSummarySchema>
