import { TransactionRollbackError } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findPayableAppointment } from '../appointments/appointment-confirmation.ts'
import {
  findIdempotencyKey,
  findLivePayment,
  findPayerContact,
  insertPendingPayment,
  saveIdempotencyKey,
  type TransactionRow,
  updateTransaction,
} from './payment.repository.ts'
import { auditTransaction } from './payment-audit.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { failPendingPayment } from './payment-settlement.ts'

export interface InitiateInput {
  appointmentId: string
  idempotencyKey?: string
}

/**
 * Starts paying the patient's own pending appointment whose hold still stands. The amount is
 * the appointment's; a replayed Idempotency-Key or a second tab gets the same pending payment.
 */
export async function initiatePayment(deps: PaymentDeps, auth: AuthContext, input: InitiateInput) {
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
    (await createPayment(deps, auth, { id: appointment.id, amountIrr: appointment.priceIrr }))
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

async function replayOfKey(deps: PaymentDeps, userId: string, input: InitiateInput) {
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

async function createPayment(
  deps: PaymentDeps,
  auth: AuthContext,
  appointment: { id: string; amountIrr: number },
): Promise<TransactionRow> {
  const db = deps.care.db
  const row = await db
    .transaction(async (tx) => {
      const created = await insertPending(tx, auth.userId, appointment, deps.gateway.name)
      // Another tab inserted first: end this transaction (the insert aborted it), answer theirs.
      if (created instanceof Conflict) return tx.rollback()
      await auditTransaction(tx, created, 'created', { from: null })
      return created
    })
    .catch((error: unknown) => {
      if (error instanceof TransactionRollbackError) return undefined
      throw error
    })
  if (!row) {
    const other = await existingPayment(deps, appointment.id)
    if (!other) throw new AppError('PAYMENT_IN_PROGRESS', 'concurrent initiate')
    return other
  }
  return requestAuthority(deps, row)
}

function insertPending(
  tx: Db,
  userId: string,
  appointment: { id: string; amountIrr: number },
  gateway: string,
) {
  return insertPendingPayment(tx, {
    userId,
    amount: appointment.amountIrr,
    currency: 'IRR',
    type: 'payment',
    status: 'pending',
    appointmentId: appointment.id,
    gateway,
    metadata: { appointmentId: appointment.id, gateway },
  })
}

async function requestAuthority(deps: PaymentDeps, row: TransactionRow): Promise<TransactionRow> {
  const db = deps.care.db
  try {
    const contact = row.userId ? await findPayerContact(db, row.userId) : {}
    const { authority } = await deps.gateway.request({
      ...contact,
      amountIrr: row.amount,
      description: `YektaYar appointment ${row.appointmentId}`,
      callbackUrl: `${deps.publicUrl}/api/v1/payments/verify`,
      orderId: row.id,
    })
    const metadata = { ...row.metadata, authority }
    return (await updateTransaction(db, row.id, { authority, metadata })) ?? row
  } catch (error) {
    await db.transaction((tx) => failPendingPayment(tx, row.id, 'request_refused'))
    throw error
  }
}

function answerOf(deps: PaymentDeps, row: TransactionRow) {
  if (!row.authority) throw new AppError('PAYMENT_IN_PROGRESS', 'authority not issued yet')
  return { transactionId: row.id, redirectUrl: deps.gateway.startPayUrl(row.authority) }
}
