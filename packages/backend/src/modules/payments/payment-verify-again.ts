import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findTransaction, type TransactionRow } from './payment.repository.ts'
import { paymentForAdmin } from './payment-admin.service.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { failUnissuedPayment, settlePayment } from './payment-settlement.ts'

/**
 * The reconciler's step for one pending payment, now, at an admin's request: verify with the
 * gateway and settle exactly as the callback would (one without an authority never reached the
 * gateway and fails). Audited with what it was and what it became, even when the gateway fails.
 */
export async function verifyPaymentAgain(
  deps: PaymentDeps,
  actor: AuthContext,
  id: string,
  meta: RequestMeta,
) {
  const db = deps.care.db
  const row = await findTransaction(db, { id })
  if (row?.type !== 'payment') throw new AppError('NOT_FOUND', 'no such payment')
  if (row.status !== 'pending') throw new AppError('PAYMENT_NOT_PENDING', `${row.status}`)
  try {
    if (row.authority) await settlePayment(deps, row.authority)
    else await failUnissuedPayment(db, row.id)
  } finally {
    await auditVerify(db, actor, row, meta)
  }
  return paymentForAdmin(db, id)
}

async function auditVerify(db: Db, actor: AuthContext, before: TransactionRow, meta: RequestMeta) {
  const after = await findTransaction(db, { id: before.id })
  await recordAudit(db, {
    userId: actor.userId,
    action: 'payment.verify_again',
    resource: 'transaction',
    resourceId: before.id,
    changes: {
      before: { status: before.status, verifyAttempts: before.verifyAttempts },
      after: {
        status: after?.status ?? null,
        verifyAttempts: after?.verifyAttempts ?? null,
        lastVerifyResult: after?.lastVerifyResult ?? null,
      },
    },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}
