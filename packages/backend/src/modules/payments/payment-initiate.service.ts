import type { PaymentReturn } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findPayableAppointment } from '../appointments/appointment-confirmation.ts'
import { initiateCoursePayment } from './course-payment.service.ts'
import { findIdempotencyKey, findLivePayment, saveIdempotencyKey } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { returnMetadata } from './payment-return.ts'
import { answerOf, openPendingPayment } from './pending-payment.ts'

interface AppointmentInput {
  appointmentId: string
  idempotencyKey?: string
  returnTo?: PaymentReturn
}

export type InitiateInput =
  | AppointmentInput
  | { courseId: string; idempotencyKey?: string; returnTo?: PaymentReturn }

/** Starts paying what the body names: an appointment, or a priced course (course-payment.service.ts). */
export function initiatePayment(deps: PaymentDeps, auth: AuthContext, input: InitiateInput) {
  if ('courseId' in input) return initiateCoursePayment(deps, auth, input.courseId, input.returnTo)
  return initiateAppointmentPayment(deps, auth, input)
}

/**
 * Starts paying the patient's own pending appointment whose hold still stands. The amount is
 * the appointment's; a replayed Idempotency-Key or a second tab gets the same pending payment.
 */
async function initiateAppointmentPayment(
  deps: PaymentDeps,
  auth: AuthContext,
  input: AppointmentInput,
) {
  const db = deps.care.db
  const replay = await replayOfKey(deps, auth.userId, input)
  if (replay) return replay
  const appointment = await findPayableAppointment(db, {
    appointmentId: input.appointmentId,
    patientId: auth.userId,
  })
  if (!appointment?.holdExpiresAt || appointment.holdExpiresAt <= new Date()) {
    throw new AppError('PAYMENT_NOT_PAYABLE', 'no pending appointment with a valid hold')
  }
  const row =
    (await existingPayment(deps, input.appointmentId)) ??
    (await openPendingPayment(deps, {
      values: {
        userId: auth.userId,
        amount: appointment.priceIrr,
        appointmentId: appointment.id,
        metadata: {
          appointmentId: appointment.id,
          gateway: deps.gateway.name,
          ...returnMetadata(input.returnTo),
        },
      },
      // Another tab inserted first: theirs is the payment.
      findExisting: () => existingPayment(deps, appointment.id),
    }))
  if (input.idempotencyKey) {
    await saveIdempotencyKey(db, {
      userId: auth.userId,
      key: input.idempotencyKey,
      appointmentId: input.appointmentId,
      transactionId: row.id,
    })
  }
  return answerOf(deps, row)
}

async function replayOfKey(deps: PaymentDeps, userId: string, input: AppointmentInput) {
  if (!input.idempotencyKey) return undefined
  const saved = await findIdempotencyKey(deps.care.db, userId, input.idempotencyKey)
  if (!saved) return undefined
  if (saved.appointmentId !== input.appointmentId) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'key used for another appointment')
  }
  const row = await findLivePayment(deps.care.db, input.appointmentId)
  if (row?.id === saved.transactionId) return answerOf(deps, row)
  return undefined
}

async function existingPayment(deps: PaymentDeps, appointmentId: string) {
  const row = await findLivePayment(deps.care.db, appointmentId)
  if (row && row.status !== 'pending') {
    throw new AppError('PAYMENT_NOT_PAYABLE', 'this appointment is already paid')
  }
  return row
}
