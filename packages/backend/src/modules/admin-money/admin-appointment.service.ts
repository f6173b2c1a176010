import type { AdminAppointmentDetail, AdminCancelAppointmentBody } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { appointmentForAdmin } from '../appointments/appointment-admin.service.ts'
import { cancelAppointment } from '../appointments/appointment-change.service.ts'
import type { CareDeps } from '../appointments/care-deps.ts'
import { paymentsOfAppointmentForAdmin } from '../payments/payment-admin.service.ts'

/**
 * An appointment for the admin: who, when, how, its status and outcome, and (for holders of
 * `payments.manage`) its payments and refunds. Notes are another module's and never read here.
 */
export async function appointmentDetailForAdmin(
  db: Db,
  auth: AuthContext,
  id: string,
): Promise<AdminAppointmentDetail> {
  const appointment = await appointmentForAdmin(db, id)
  const payments = auth.permissions.has('payments.manage')
    ? await paymentsOfAppointmentForAdmin(db, id)
    : null
  return { appointment, payments }
}

/**
 * Cancels on the clinic's side through the appointments module's one cancel path (the policy,
 * reminders withdrawn, both sides told), with the admin's refund made by payments in the same
 * transaction: a refund past what is left rolls the cancel back. Choosing a refund (even none)
 * needs `payments.manage`.
 */
export async function cancelForAdmin(
  deps: CareDeps,
  auth: AuthContext,
  id: string,
  body: AdminCancelAppointmentBody,
  meta: RequestMeta,
): Promise<AdminAppointmentDetail> {
  const choosesRefund = body.refundIrr !== undefined
  if (choosesRefund && !auth.permissions.has('payments.manage')) {
    throw new AppError('FORBIDDEN', 'missing payments.manage')
  }
  await cancelAppointment(deps, auth, id, {
    reason: body.reason,
    refund: choosesRefund ? { amountIrr: body.refundIrr ?? 0 } : undefined,
    meta,
  })
  return appointmentDetailForAdmin(deps.db, auth, id)
}
