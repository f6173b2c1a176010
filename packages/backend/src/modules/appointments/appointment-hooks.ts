import type { AppointmentActor } from '@yektayar/shared'
import { createTransactionHook } from '../../lib/transaction-hook.ts'

export interface AppointmentCancelledEvent {
  appointmentId: string
  patientId: string | null
  psychologistId: string | null
  priceIrr: number
  cancelledBy: AppointmentActor
  /** A paid appointment cancelled inside the free window or by the clinic's side. */
  refundable: boolean
}

/**
 * Runs in the cancelling transaction: payments creates a pending refund there, without this
 * module knowing about money movements.
 */
export const appointmentCancelled = createTransactionHook<AppointmentCancelledEvent>()

export interface CarePair {
  patientId: string
  psychologistId: string
}

/**
 * Runs in the confirming transaction when a patient and a psychologist have their first
 * confirmed appointment: messaging opens their direct thread there.
 */
export const firstAppointmentConfirmed = createTransactionHook<CarePair>()
